package dev.faustwire.embed;

import dev.faustwire.server.render.RenderException;
import dev.faustwire.server.render.Renderer;
import dev.faustwire.server.render.WasmProgram;
import dev.faustwire.server.toolchain.DspDescription;
import java.util.List;

/**
 * A Faust program compiled once (to wasm by the sandboxed faust, then to JVM bytecode by Chicory), from
 * which {@link #instance()} makes as many independent DSPs as wanted, cheaply. Immutable and thread-safe:
 * any number of threads may make instances at once.
 */
public final class FaustFactory {
    /** The sample rate of {@link #instance()}, the same as {@code ./faustwire render}'s default. */
    public static final int DEFAULT_RATE = 48000;

    private final String name;
    private final String code;
    private final WasmProgram program;
    private final DspDescription description;
    private final List<ControlSpec> controls;

    FaustFactory(String name, String code, WasmProgram program, DspDescription description) {
        this.name = name;
        this.code = code;
        this.program = program;
        this.description = description;
        this.controls = ControlSpec.of(description);
    }

    /** The program's name: the first part of every control address ({@code main} for Faust text). */
    public String name() {
        return name;
    }

    /** The Faust text that was compiled: the generated program of a patch, or the text given. */
    public String faustCode() {
        return code;
    }

    public int inputs() {
        return description.inputs();
    }

    public int outputs() {
        return description.outputs();
    }

    /** Faust's JSON description of the program (controls, metadata, channel counts) as text. */
    public String json() {
        return description.publicJson().toString();
    }

    /** A new instance at {@value #DEFAULT_RATE} Hz, its controls at their init values. */
    public FaustDsp instance() {
        return instance(DEFAULT_RATE);
    }

    /** A new instance at this sample rate (1,000 to 384,000 Hz), its controls at their init values. */
    public FaustDsp instance(int sampleRate) {
        if (sampleRate < Renderer.MIN_RATE || sampleRate > Renderer.MAX_RATE) {
            throw new IllegalArgumentException("sample rate " + sampleRate + " Hz is not in [" + Renderer.MIN_RATE
                    + ", " + Renderer.MAX_RATE + "]");
        }
        try {
            return new FaustDsp(this, program.instantiate(), sampleRate);
        } catch (RenderException e) {
            throw new FaustException(e.getMessage(), e);
        }
    }

    List<ControlSpec> controlSpecs() {
        return controls;
    }
}
