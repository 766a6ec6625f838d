package dev.faustwire.gen;

import java.util.ArrayList;
import java.util.List;

/** Gen patchers written as Max writes them, small enough to read in a test. */
final class GenJson {
    private final List<String> boxes = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();

    static GenJson patcher() {
        return new GenJson();
    }

    /** A newobj box {@code obj-N} with its text and port counts, at (10 N, 20 N). */
    GenJson box(int n, String text, int inlets, int outlets) {
        boxes.add("{\"box\": {\"id\": \"obj-" + n + "\", \"maxclass\": \"newobj\", \"text\": " + quote(text)
                + ", \"numinlets\": " + inlets + ", \"numoutlets\": " + outlets
                + ", \"patching_rect\": [" + (10 * n) + ".0, " + (20 * n) + ".0, 50.0, 22.0]}}");
        return this;
    }

    /** A box of another class, with extra fields as JSON ("\"code\": \"...\""). */
    GenJson raw(int n, String maxclass, String fields, int inlets, int outlets) {
        boxes.add("{\"box\": {\"id\": \"obj-" + n + "\", \"maxclass\": \"" + maxclass + "\", " + fields
                + ", \"numinlets\": " + inlets + ", \"numoutlets\": " + outlets + "}}");
        return this;
    }

    /** A gen sub-patcher box holding another patcher. */
    GenJson gen(int n, String text, GenJson inner, int inlets, int outlets) {
        boxes.add("{\"box\": {\"id\": \"obj-" + n + "\", \"maxclass\": \"newobj\", \"text\": " + quote(text)
                + ", \"numinlets\": " + inlets + ", \"numoutlets\": " + outlets + ", \"patcher\": " + inner.patcherJson() + "}}");
        return this;
    }

    GenJson line(int from, int outlet, int to, int inlet) {
        lines.add("{\"patchline\": {\"source\": [\"obj-" + from + "\", " + outlet + "], \"destination\": [\"obj-" + to
                + "\", " + inlet + "]}}");
        return this;
    }

    String patcherJson() {
        return "{\"classnamespace\": \"dsp.gen\", \"boxes\": [" + String.join(", ", boxes) + "], \"lines\": ["
                + String.join(", ", lines) + "]}";
    }

    /** The text of a .gendsp file. */
    String gendsp() {
        return "{\"patcher\": " + patcherJson() + "}";
    }

    /** A .maxpat whose top patcher holds these boxes (gen~ boxes made with {@link #gen}). */
    String maxpat() {
        return "{\"patcher\": {\"boxes\": [" + String.join(", ", boxes) + "], \"lines\": [" + String.join(", ", lines) + "]}}";
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            if (c == '\n') {
                out.append("\\n");
                continue;
            }
            out.append(c);
        }
        return out.append('"').toString();
    }
}
