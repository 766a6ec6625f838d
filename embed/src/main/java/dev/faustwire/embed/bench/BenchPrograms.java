package dev.faustwire.embed.bench;

import java.util.List;

/** The programs the embedding benchmark times, by the name JMH's parameter gives them. */
public final class BenchPrograms {
    /** Faust's light stereo reverb: two inputs, two outputs, a large DSP. */
    public static final String ZITA = "dm.zita_light";
    /** Twenty sine oscillators, each with its own frequency slider, mixed to one output. */
    public static final String OSC_BANK = "osc_bank_20";
    public static final List<String> ALL = List.of(ZITA, OSC_BANK);

    private BenchPrograms() {
    }

    /** The Faust text of a program. */
    public static String text(String name) {
        return switch (name) {
            case ZITA -> "import(\"stdfaust.lib\");\nprocess = dm.zita_light;\n";
            case OSC_BANK -> "import(\"stdfaust.lib\");\n"
                    + "voice(i) = os.osc(hslider(\"freq%i\", 110 * (i + 1), 20, 8000, 1)) * 0.05;\n"
                    + "process = par(i, 20, voice(i)) :> _;\n";
            default -> throw new IllegalArgumentException("no benchmark program " + name + "; known: " + ALL);
        };
    }
}
