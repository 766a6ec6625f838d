package dev.faustwire.gen.translate;

import java.util.List;

/** The numbers gen.lib takes for Gen's word-valued attributes ({@code @interp cubic}, {@code @resetmode pre}). */
final class AttributeWords {
    private static final List<String[]> ROWS = List.of(
            // delay's @interp (gen.delay's interp)
            new String[] {"interp", "none", "0"}, new String[] {"interp", "step", "1"},
            new String[] {"interp", "linear", "2"}, new String[] {"interp", "cosine", "3"},
            new String[] {"interp", "cubic", "4"}, new String[] {"interp", "fastcubic", "5"},
            new String[] {"interp", "spline", "6"}, new String[] {"interp", "spline6", "7"},
            // interp's and round's @mode (their words differ)
            new String[] {"mode", "linear", "0"}, new String[] {"mode", "cosine", "1"},
            new String[] {"mode", "cubic", "2"}, new String[] {"mode", "spline", "3"},
            new String[] {"mode", "spline6", "4"}, new String[] {"mode", "fastcubic", "5"},
            new String[] {"mode", "nearest", "0"}, new String[] {"mode", "floor", "1"},
            new String[] {"mode", "ceil", "2"}, new String[] {"mode", "trunc", "3"},
            new String[] {"resetmode", "post", "0"}, new String[] {"resetmode", "pre", "1"},
            new String[] {"index", "freq", "0"}, new String[] {"index", "phase", "1"},
            new String[] {"sync", "off", "0"}, new String[] {"sync", "lock", "1"}, new String[] {"sync", "cycle", "2"},
            new String[] {"feedback", "off", "0"}, new String[] {"feedback", "on", "1"});

    private AttributeWords() {
    }

    /** The number of a word for that attribute, or null when the word is not one of its values. */
    static String number(String attribute, String word) {
        for (String[] row : ROWS) {
            if (row[0].equals(attribute) && row[1].equals(word)) {
                return row[2];
            }
        }
        return null;
    }
}
