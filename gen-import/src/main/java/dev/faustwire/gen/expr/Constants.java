package dev.faustwire.gen.expr;

/** Gen's named constants in GenExpr: numbers known now, and the host's values as gen.lib names. */
final class Constants {
    private static final String[] NAMES = {
        "pi", "twopi", "halfpi", "invpi", "e", "ln2", "ln10", "log2e", "log10e", "sqrt2", "sqrt1_2", "phi",
        "degtorad", "radtodeg"
    };
    private static final double[] VALUES = {
        Math.PI, 2 * Math.PI, Math.PI / 2, 1 / Math.PI, Math.E, 0.6931471805599453, 2.302585092994046,
        1.4426950408889634, 0.4342944819032518, 1.4142135623730951, 0.7071067811865476,
        1.618033988749895, Math.PI / 180, 180 / Math.PI
    };

    private Constants() {
    }

    /** The value of a constant name (lower or upper case), or null when the name is no constant. */
    static Val find(String name) {
        String lower = lower(name);
        if (!lower.equals(name) && !upper(lower).equals(name)) {
            return null;
        }
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(lower)) {
                return Val.constant(VALUES[i]);
            }
        }
        switch (lower) {
            case "samplerate":
                return Val.faust("gen.samplerate");
            case "vectorsize":
                return Val.faust("gen.vectorsize");
            case "voice":
            case "voicecount":
            case "mc_channel":
            case "mc_channelcount":
                return Val.constant(1);
            default:
                return null;
        }
    }

    private static String lower(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }

    private static String upper(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
        }
        return b.toString();
    }
}
