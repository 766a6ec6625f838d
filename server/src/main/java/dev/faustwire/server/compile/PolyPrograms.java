package dev.faustwire.server.compile;

/**
 * The voice and effect programs of a polyphonic instrument, written around a program as faustwasm's
 * {@code FaustPolyDspGenerator} does: the program's definitions go into an environment, the voice is
 * {@code process} with its outputs widened to what the effect takes, the effect is {@code effect}
 * with its inputs and outputs adapted to the voice's channels. Both keep the program's name, so their
 * control addresses are the ones a mono compile gives. Channel counts are read by Faust itself
 * ({@code inputs(...)}, {@code outputs(...)}), so no compile is spent on finding them.
 */
public final class PolyPrograms {
    private static final String VOICE_ADAPTOR = """
            // Faustwire's polyphonic voice: the voice's outputs made as many as the effect takes (as faustwasm does).
            fwAdaptOut(1,1,1) = _;
            fwAdaptOut(1,1,2) = _ <: _,0;
            fwAdaptOut(1,2,1) = _ <: _,_;
            fwAdaptOut(1,2,2) = _ <: _,_;
            fwAdaptOut(2,1,1) = _,_;
            fwAdaptOut(2,1,2) = _,_;
            fwAdaptOut(2,2,1) = _,_;
            fwAdaptOut(2,2,2) = _,_;
            """;
    private static final String EFFECT_ADAPTOR = """
            // Faustwire's polyphonic effect: its inputs fed by the voices' channels, two outputs (as faustwasm does).
            fwAdaptIn(1,1,1) = _;
            fwAdaptIn(1,1,2) = _,_ :> _;
            fwAdaptIn(1,2,1) = _,_;
            fwAdaptIn(1,2,2) = _,_;
            fwAdaptIn(2,1,1) = _,_ :> _;
            fwAdaptIn(2,1,2) = _,_ :> _;
            fwAdaptIn(2,2,1) = _,_;
            fwAdaptIn(2,2,2) = _,_;
            fwAdaptOut(1,1) = _ <: _,0;
            fwAdaptOut(1,2) = _,_;
            fwAdaptOut(2,1) = _ <: _,0;
            fwAdaptOut(2,2) = _,_;
            """;

    private PolyPrograms() {
    }

    /** True when the program defines {@code effect} at the start of a line, as codegen writes it. */
    public static boolean hasEffect(String code) {
        int at = 0;
        while (at <= code.length()) {
            int end = code.indexOf('\n', at);
            String line = code.substring(at, end < 0 ? code.length() : end);
            if (line.startsWith("effect")) {
                String rest = line.substring("effect".length()).stripLeading();
                if (rest.startsWith("(") || rest.startsWith("=")) {
                    return true;
                }
            }
            if (end < 0) {
                break;
            }
            at = end + 1;
        }
        return false;
    }

    /** The voice: the program itself when it has no effect, else its process widened for the effect. */
    public static Program voice(Program program) {
        if (!hasEffect(program.code())) {
            return program;
        }
        return wrapped(program, VOICE_ADAPTOR + environment(program.code())
                + "process = fw_dsp.process : fwAdaptOut(outputs(fw_dsp.process), inputs(fw_dsp.effect),"
                + " outputs(fw_dsp.effect));\n");
    }

    /** The effect, adapted to the voice's channels; only for a program that {@link #hasEffect has one}. */
    public static Program effect(Program program) {
        return wrapped(program, EFFECT_ADAPTOR + environment(program.code())
                + "process = fwAdaptIn(outputs(fw_dsp.process), inputs(fw_dsp.effect), outputs(fw_dsp.effect))"
                + " : fw_dsp.effect : fwAdaptOut(inputs(fw_dsp.effect), outputs(fw_dsp.effect));\n");
    }

    private static String environment(String code) {
        return "fw_dsp = environment {\n" + code + "\n};\n";
    }

    private static Program wrapped(Program program, String code) {
        return new Program(program.name(), code, null, program.diagnostics(), -1, -1, program.probes());
    }
}
