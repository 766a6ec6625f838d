package dev.faustwire.server.compile;

/** Small patch documents for the compile tests. */
final class PatchJson {
    /**
     * An oscillator through a gain to out 1, and in 1 straight to out 2: codegen writes the
     * definitions {@code os_osc_1_0}, {@code Mul_2_0}, {@code Out_1} and {@code Out_2}, one line each.
     */
    static final String OSC_GAIN = """
            {"format": "faustwire-patch", "version": 1,
             "boxes": {"box-1": {"text": "os.osc 440"}, "box-2": {"text": "* 0.5"}, "box-3": {"text": "out 1"},
                       "box-4": {"text": "in 1"}, "box-5": {"text": "out 2"}},
             "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]},
                       "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]},
                       "line-3": {"src": ["box-4", 0], "dest": ["box-5", 0]}}}
            """;

    /** Two oscillators added: both boxes call {@code os.osc}. */
    static final String TWO_OSCILLATORS = """
            {"boxes": {"box-1": {"text": "os.osc 440"}, "box-2": {"text": "os.osc 220"}, "box-3": {"text": "+"},
                       "box-4": {"text": "out 1"}},
             "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-3", 0]},
                       "line-2": {"src": ["box-2", 0], "dest": ["box-3", 1]},
                       "line-3": {"src": ["box-3", 0], "dest": ["box-4", 0]}}}
            """;

    /** in 1 to out 1. */
    static final String PASSTHROUGH = """
            {"boxes": {"box-1": {"text": "in 1"}, "box-2": {"text": "out 1"}},
             "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]}}}
            """;

    /** A box no library has: codegen stops with E010. */
    static final String UNKNOWN_BOX = """
            {"boxes": {"box-1": {"text": "no.such_function 3"}, "box-2": {"text": "out 1"}},
             "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]}}}
            """;

    private PatchJson() {
    }

    /** The 1-based line of a program that starts (after indentation) with this text. */
    static int lineOf(Program program, String start) {
        String[] lines = program.code().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + start + " in\n" + program.code());
    }
}
