package dev.faustwire.gen.ops;

import java.util.List;

/**
 * Gen's named constants (and their upper-case spellings) with their values and the gen.lib names
 * that compute them; {@code samplerate} and {@code vectorsize} are the host's.
 */
public final class GenConstants {
    /** The rate Faust assumes at most ({@code ma.SR} is bounded by it): sizes written with samplerate use it. */
    public static final double MAX_SAMPLE_RATE = 192000;

    private static final List<Object[]> ROWS = List.of(
            new Object[] {"pi", Math.PI},
            new Object[] {"twopi", 2 * Math.PI},
            new Object[] {"halfpi", Math.PI / 2},
            new Object[] {"invpi", 1 / Math.PI},
            new Object[] {"e", Math.E},
            new Object[] {"ln2", Math.log(2)},
            new Object[] {"ln10", Math.log(10)},
            new Object[] {"log2e", 1 / Math.log(2)},
            new Object[] {"log10e", 1 / Math.log(10)},
            new Object[] {"sqrt2", Math.sqrt(2)},
            new Object[] {"sqrt1_2", Math.sqrt(0.5)},
            new Object[] {"phi", (1 + Math.sqrt(5)) / 2},
            new Object[] {"degtorad", Math.PI / 180},
            new Object[] {"radtodeg", 180 / Math.PI},
            new Object[] {"samplerate", MAX_SAMPLE_RATE},
            new Object[] {"vectorsize", 1.0});

    private GenConstants() {
    }

    /** The canonical (lower-case) name of a Gen constant, or null when the word is none. */
    public static String canonical(String word) {
        for (Object[] row : ROWS) {
            String name = (String) row[0];
            if (name.equals(word) || upper(name).equals(word)) {
                return name;
            }
        }
        return null;
    }

    /** The value of a canonical constant name; samplerate is {@link #MAX_SAMPLE_RATE}. */
    public static double value(String canonicalName) {
        for (Object[] row : ROWS) {
            if (row[0].equals(canonicalName)) {
                return (Double) row[1];
            }
        }
        throw new IllegalArgumentException("not a Gen constant: " + canonicalName);
    }

    /** True for a constant whose value depends on the host (samplerate, vectorsize). */
    public static boolean isHostValue(String canonicalName) {
        return canonicalName.equals("samplerate") || canonicalName.equals("vectorsize");
    }

    static String upper(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
        }
        return out.toString();
    }
}
