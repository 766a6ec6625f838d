package dev.faustwire.server.cli;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.compile.Program;
import dev.faustwire.server.http.RenderHandlers;
import dev.faustwire.server.http.RenderService;
import dev.faustwire.server.render.Audio;
import dev.faustwire.server.render.RenderException;
import dev.faustwire.server.render.RenderSpec;
import dev.faustwire.server.render.Wav;
import dev.faustwire.server.render.WavException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code faustwire render PATCH|DSP -o OUT.wav [--seconds S] [--rate R] [--set /addr=value]...
 * [--input IN.wav]}: the same compile and renderer as {@code /api/render}, to a 32-bit float WAV.
 */
final class RenderCommand {
    private RenderCommand() {
    }

    static int run(CliArgs args, PrintStream out, PrintStream err) {
        args.allowOnly("o", "seconds", "rate", "set", "input");
        if (args.positional().size() != 1) {
            throw new UsageException("render takes one patch (.json, .dsppat), Faust file (.dsp) or Gen file (.gendsp, .maxpat)");
        }
        String target = args.option("o", null);
        if (target == null) {
            throw new UsageException("render needs -o OUT.wav");
        }
        Path file = Path.of(args.positional().get(0));
        Program program = CompileCommand.readProgram(file, err);
        if (program == null) {
            return 1;
        }
        try (CompileService compiles = CompileCommand.oneShotService()) {
            RenderSpec spec = spec(args);
            RenderService.Result result = new RenderService(compiles).render(program, spec);
            if (!result.ok()) {
                for (Diagnostic d : result.failedCompile().diagnostics()) {
                    err.println(d.render(file.toString()));
                }
                return 1;
            }
            Files.write(Path.of(target), result.wav());
            out.println("wrote " + target + " (" + spec.seconds() + " s at " + spec.sampleRate() + " Hz)");
            return 0;
        } catch (RenderException | WavException e) {
            err.println(file + ": error: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println(target + ": error: cannot write or read a file (" + e.getMessage() + ")");
            return 1;
        } catch (UsageException e) {
            throw e;
        } catch (Exception e) {
            err.println(file + ": error: " + e.getMessage());
            return 1;
        }
    }

    private static RenderSpec spec(CliArgs args) throws IOException {
        Audio input = null;
        String inputFile = args.option("input", null);
        if (inputFile != null) {
            input = Wav.read(Files.readAllBytes(Path.of(inputFile)));
        }
        int rate = args.intOption("rate", input == null ? RenderHandlers.DEFAULT_RATE : input.sampleRate());
        if (input != null && input.sampleRate() != rate) {
            throw new UsageException(inputFile + " is at " + input.sampleRate() + " Hz; leave out --rate or use "
                    + input.sampleRate());
        }
        double seconds = number("seconds", args.option("seconds", null),
                input == null ? RenderHandlers.DEFAULT_SECONDS : (double) input.frames() / input.sampleRate());
        Map<String, Double> params = new LinkedHashMap<>();
        for (String setting : args.all("set")) {
            int equals = setting.lastIndexOf('=');
            if (equals <= 0) {
                throw new UsageException("--set takes /address=value, not \"" + setting + "\"");
            }
            params.put(setting.substring(0, equals), number("set", setting.substring(equals + 1), 0));
        }
        return new RenderSpec(seconds, rate, params, input == null ? null : input.channels());
    }

    private static double number(String option, String text, double fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " takes a number, not \"" + text + "\"");
        }
    }
}
