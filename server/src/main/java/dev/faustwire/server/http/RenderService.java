package dev.faustwire.server.http;

import dev.faustwire.server.compile.CompileReport;
import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.compile.Program;
import dev.faustwire.server.render.RenderException;
import dev.faustwire.server.render.RenderSpec;
import dev.faustwire.server.render.Renderer;
import dev.faustwire.server.render.WasmProgram;
import dev.faustwire.server.render.Wav;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.DspDescription;
import dev.faustwire.server.toolchain.DspMemory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Offline sound for a program: the same compile (and cache) as {@code /api/compile}, then the wasm
 * run in the JVM by Chicory on the compile pool, with bounds a shared server needs.
 */
public final class RenderService {
    /** Most output samples (frames times channels) one render may make: 128 MB of floats. */
    public static final long MAX_SAMPLES = 32_000_000L;
    /** Largest DSP memory a render instantiates; a table of 2^29 samples is refused, not allocated. */
    public static final long MAX_DSP_BYTES = DspMemory.MAX_BYTES;
    /** Longest a render may run: a DSP too large for the JIT can be 50 times slower than usual. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(60);
    private static final int PROGRAMS_KEPT = 16;

    private final CompileService compiles;
    private final Map<String, WasmProgram> programs = new LinkedHashMap<>(16, 0.75f, true);

    public RenderService(CompileService compiles) {
        this.compiles = compiles;
    }

    /** What a render gave: a WAV file, or the compile report saying why there is none. */
    public record Result(byte[] wav, CompileReport failedCompile) {
        public boolean ok() {
            return wav != null;
        }
    }

    public Result render(Program program, RenderSpec spec) throws Exception {
        CompileReport report = CompileReport.of(program, compiles);
        if (!(report.outcome() instanceof CompileOutcome.Compiled compiled)) {
            return new Result(null, report);
        }
        DspDescription description = compiled.description();
        check(description, spec);
        String key = compiles.key(program);
        try {
            byte[] wav = compiles.run(() -> {
                float[][] audio = Renderer.render(wasmProgram(key, compiled), description, spec);
                return Wav.write(audio, spec.sampleRate());
            }, TIME_LIMIT);
            return new Result(wav, null);
        } catch (TimeoutException e) {
            throw new RenderException(RenderException.Code.INTERRUPTED, "the render took longer than "
                    + TIME_LIMIT.toSeconds() + " s and was stopped; render fewer seconds");
        }
    }

    private static void check(DspDescription description, RenderSpec spec) {
        if (description.size() > MAX_DSP_BYTES) {
            throw new RenderException(RenderException.Code.BAD_DESCRIPTION, "the DSP needs "
                    + (description.size() >> 20) + " MiB of memory; a render may use " + (MAX_DSP_BYTES >> 20));
        }
        double samples = spec.seconds() * spec.sampleRate() * Math.max(1, description.outputs());
        if (samples > MAX_SAMPLES) {
            throw new RenderException(RenderException.Code.TOO_LONG, "a render makes at most " + MAX_SAMPLES
                    + " samples (frames times channels); ask for fewer seconds");
        }
    }

    /** The compiled wasm of a program, made once and kept for the few most recent programs. */
    private WasmProgram wasmProgram(String key, CompileOutcome.Compiled compiled) {
        synchronized (programs) {
            WasmProgram program = programs.get(key);
            if (program != null) {
                return program;
            }
        }
        WasmProgram program = WasmProgram.compile(compiled.wasm());
        synchronized (programs) {
            programs.put(key, program);
            if (programs.size() > PROGRAMS_KEPT) {
                programs.remove(programs.keySet().iterator().next());
            }
        }
        return program;
    }
}
