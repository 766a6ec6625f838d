package dev.faustwire.core.text;

import java.util.ArrayList;
import java.util.List;

/** Splits text at a character, by hand: in the browser, {@code String.split} brings a regex engine. */
public final class Split {
    private Split() {
    }

    /** The parts of {@code text} between the separators, empty ones included: {@code "a//b"} gives a, "", b. */
    public static List<String> at(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf(separator); i >= 0; i = text.indexOf(separator, start)) {
            parts.add(text.substring(start, i));
            start = i + 1;
        }
        parts.add(text.substring(start));
        return parts;
    }
}
