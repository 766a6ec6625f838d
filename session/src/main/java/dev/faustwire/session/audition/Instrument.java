package dev.faustwire.session.audition;

import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.text.BoxText;
import dev.faustwire.core.text.BoxTextException;
import dev.faustwire.core.text.BoxTextParser;
import dev.faustwire.core.text.Token;

/**
 * Whether a patch plays as a polyphonic instrument, by Faust's convention: it has an {@code effect}
 * box, or controls labelled {@code freq}, {@code gain} and {@code gate} (the ones faustwasm sets per
 * voice). Only the top patch counts, as only its controls are the voice's.
 */
public final class Instrument {
    /** Voices a new instrument gets; the person chooses another number in the keyboard panel. */
    public static final int DEFAULT_VOICES = 8;
    public static final int MIN_VOICES = 1;
    public static final int MAX_VOICES = 32;

    private Instrument() {
    }

    public static boolean of(Patch patch) {
        boolean freq = false;
        boolean gain = false;
        boolean gate = false;
        for (Box box : patch.boxes().values()) {
            BoxText text;
            try {
                text = BoxTextParser.parse(box.text());
            } catch (BoxTextException e) {
                continue;
            }
            if (text.name().equals("effect")) {
                return true;
            }
            if (isControl(text.name()) && !text.args().isEmpty()) {
                String label = label(text.args().get(0));
                freq |= label.equals("freq");
                gain |= label.equals("gain");
                gate |= label.equals("gate");
            }
        }
        return freq && gain && gate;
    }

    /** A voice count the person typed, kept within {@link #MIN_VOICES} and {@link #MAX_VOICES}; the default for text that is not one. */
    public static int voices(String typed) {
        int n;
        try {
            n = Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            return DEFAULT_VOICES;
        }
        return Math.max(MIN_VOICES, Math.min(MAX_VOICES, n));
    }

    private static boolean isControl(String name) {
        return switch (name) {
            case "hslider", "vslider", "nentry", "button", "checkbox" -> true;
            default -> false;
        };
    }

    /** A label as Faust names the control: the text up to metadata ({@code gate[midi:ctrl 64]} is gate). */
    private static String label(Token token) {
        String t = token.text();
        int meta = t.indexOf('[');
        return (meta < 0 ? t : t.substring(0, meta)).strip();
    }
}
