package dev.faustwire.server.toolchain;

import dev.faustwire.stdlib.jvm.GenLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The native Faust compiler, run once per compile inside the {@link Sandbox} on a private job
 * folder that is deleted afterwards. It is never loaded into this process: a bad program can only
 * take its own compiler down.
 */
public final class FaustCompiler {
    /** The name programs get when none is asked for; it is the top group of every control address. */
    public static final String DEFAULT_NAME = "main";
    /** The compiler, by its full path: a bare {@code faust} makes it run {@code sh -c "which faust"} first to find itself. */
    static final String FAUST = "/usr/bin/faust";

    /** The options of a mono DSP: wasm with its own memory. */
    public static final List<String> MONO = List.of("-lang", "wasm");
    /** The options of a polyphonic voice: memory given by faustwasm, denormals flushed. */
    public static final List<String> POLY_VOICE = List.of("-lang", "wasm-e", "-ftz", "2");
    /** The options of a polyphonic instrument's effect: as the voice, computed in place. */
    public static final List<String> POLY_EFFECT = List.of("-lang", "wasm-e", "-ftz", "2", "-inpl");

    /** The option that makes Faust compute in 64-bit floating point, as Gen does. */
    public static final String DOUBLE = "-double";

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final int STDERR_KEPT = 64 * 1024;
    /** Time the process gets past faust's own limit before we kill it. */
    private static final long GRACE_MILLIS = 3000;

    private final SandboxLimits limits;
    private final String version;

    /** A compiler with these limits; the first one made in a process sweeps job folders that killed processes left. */
    public FaustCompiler(SandboxLimits limits) {
        if (!Sandbox.installed()) {
            throw new IllegalStateException("bubblewrap and prlimit are needed to compile safely"
                    + " (apt-get install bubblewrap util-linux); nothing is compiled without them");
        }
        this.limits = limits;
        this.version = readVersion();
        try {
            JobFolders.processFolder();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the folder of compile jobs", e);
        }
    }

    public SandboxLimits limits() {
        return limits;
    }

    /** The compiler's version, such as {@code 2.54.9}; part of every cache key. */
    public String version() {
        return version;
    }

    /** A valid program name ({@code [A-Za-z][A-Za-z0-9_]*}, at most 64), else {@link #DEFAULT_NAME}. */
    public static String programName(String wanted) {
        return wanted != null && NAME.matcher(wanted).matches() ? wanted : DEFAULT_NAME;
    }

    /**
     * Compiles Faust source to wasm; never throws for anything the source can do. The job folder is
     * one of {@link JobFolders}; the wasm returned names no server path; a DSP whose memory does not
     * fit a render or a browser is {@link CompileFailure#TOO_LARGE}.
     */
    public CompileOutcome compile(String source, String name) {
        return compile(source, name, MONO, CompileTimings.NONE);
    }

    /**
     * Compiles with other wasm options, such as {@link #POLY_VOICE} or {@link #POLY_EFFECT} (the
     * voice and effect of a polyphonic instrument, which share faustwasm's memory); as {@link #compile(String, String)}.
     */
    public CompileOutcome compile(String source, String name, List<String> options) {
        return compile(source, name, options, CompileTimings.NONE);
    }

    /** {@link #compile(String, String)}, its phases added to {@code timings}. */
    public CompileOutcome compile(String source, String name, CompileTimings timings) {
        return compile(source, name, MONO, timings);
    }

    /**
     * The options a source compiles with: a program that imports our gen.lib computes in double
     * precision ({@value #DOUBLE}), as Gen does, for rendering and for the browser alike (faustwasm
     * reads {@code -double} from the module's JSON); any other keeps the options it is given. The
     * source decides, so a cache keyed by source and these options stays honest.
     */
    public static List<String> optionsFor(String source, List<String> options) {
        if (!GenLibrary.usedBy(source) || options.contains(DOUBLE)) {
            return options;
        }
        List<String> withDouble = new ArrayList<>(options);
        withDouble.add(DOUBLE);
        return List.copyOf(withDouble);
    }

    /** Compiles with those wasm options (and {@link #optionsFor} adds), its phases added to {@code timings}. */
    public CompileOutcome compile(String source, String name, List<String> wanted, CompileTimings timings) {
        List<String> options = optionsFor(source, wanted);
        String program = programName(name);
        if (!StandardCharsets.UTF_8.newEncoder().canEncode(source)) {
            return new CompileOutcome.Failed(CompileFailure.REJECTED, "ERROR : the program holds a lone surrogate"
                    + " (such as \\ud800), which is not text UTF-8 can write; remove it", "not compiled");
        }
        Path job = null;
        long mark = System.nanoTime();
        try {
            job = JobFolders.newJob();
            Path work = Files.createDirectory(job.resolve("work"));
            Files.writeString(work.resolve(program + ".dsp"), source, StandardCharsets.UTF_8);
            if (GenLibrary.usedBy(source)) {
                // the compiler finds a library beside the program; the sandbox shows it nothing else of ours
                Files.writeString(work.resolve(GenLibrary.FILE), GenLibrary.text(), StandardCharsets.UTF_8);
            }
            mark = timings.since("job", mark);
            List<String> command = new ArrayList<>(List.of(FAUST, "-t", Integer.toString(limits.timeoutSeconds())));
            command.addAll(options);
            command.addAll(List.of(program + ".dsp", "-o", program + ".wasm"));
            FaustRun run = run(job, command, timings);
            mark = System.nanoTime();
            CompileFailure failure = run.failure();
            if (failure != null) {
                return new CompileOutcome.Failed(failure, CompilerMessages.clean(run.stderr()), ending(run));
            }
            Path wasm = work.resolve(program + ".wasm");
            Path js = work.resolve(program + ".js");
            if (!Files.isRegularFile(wasm) || !Files.isRegularFile(js)) {
                return new CompileOutcome.Failed(CompileFailure.CRASHED, "", "exit status 0 without writing the wasm module");
            }
            byte[] wasmBytes = Files.readAllBytes(wasm);
            String jsText = Files.readString(js, StandardCharsets.UTF_8);
            mark = timings.since("read", mark);
            CompileOutcome outcome = compiled(wasmBytes, jsText);
            timings.since("describe", mark);
            return outcome;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare a compile job", e);
        } finally {
            long cleanup = System.nanoTime();
            JobFolders.deleteQuietly(job);
            timings.since("cleanup", cleanup);
        }
    }

    private static CompileOutcome compiled(byte[] wasm, String js) {
        DspDescription description;
        try {
            description = DspDescription.fromJs(js);
        } catch (DescriptionException e) {
            return new CompileOutcome.Failed(CompileFailure.CRASHED, e.getMessage(),
                    "exit status 0, but the description it wrote cannot be read");
        }
        String tooLarge = DspMemory.problem(description.size(), wasm);
        if (tooLarge != null) {
            return new CompileOutcome.Failed(CompileFailure.TOO_LARGE, tooLarge, "exit status 0");
        }
        return new CompileOutcome.Compiled(WasmData.withoutServerPaths(wasm), description);
    }

    private static String ending(FaustRun run) {
        return run.killed() ? "killed after the time limit" : "exit status " + run.exitCode();
    }

    private FaustRun run(Path job, List<String> faust, CompileTimings timings) throws IOException {
        Path stderr = job.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(Sandbox.command(job.resolve("work"), limits, faust))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile());
        long mark = System.nanoTime();
        Process process = builder.start();
        mark = timings.since("spawn", mark);
        boolean killed = false;
        try {
            if (!process.waitFor(limits.timeout().toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                killed = true;
                process.destroyForcibly();
                process.waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while compiling", e);
        }
        timings.since("sandbox+faust", mark);
        return new FaustRun(killed ? -1 : process.exitValue(), head(stderr), killed);
    }

    private static String head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(STDERR_KEPT), StandardCharsets.UTF_8);
        }
    }

    private String readVersion() {
        try {
            Process process = new ProcessBuilder("faust", "--version").redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(10, TimeUnit.SECONDS);
            var matcher = Pattern.compile("Version (\\S+)").matcher(text);
            if (!matcher.find()) {
                throw new IllegalStateException("cannot read the Faust version from: " + text.strip());
            }
            return matcher.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("the Faust compiler is not installed (faust): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking faust for its version", e);
        }
    }
}
