package dev.faustwire.server.diagram;

import dev.faustwire.server.toolchain.CompilerMessages;
import dev.faustwire.server.toolchain.SandboxLimits;
import dev.faustwire.server.toolchain.SandboxedJob;
import dev.faustwire.server.toolchain.ToolRun;
import dev.faustwire.stdlib.jvm.GenLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code faust -svg} run in a {@link SandboxedJob}: the program's files of SVG as Faust names them
 * (after memory addresses, {@code osc-0x7f...svg}, and {@code process.svg}), read out before the job
 * is deleted. More than {@link #MAX_FILES} files or {@link #MAX_BYTES} bytes is refused.
 */
final class FaustSvg {
    /** dm.zita_light draws 186 files, 2.5 MB. */
    static final int MAX_FILES = 2000;
    static final long MAX_BYTES = 32L << 20;
    static final SandboxLimits LIMITS = new SandboxLimits(Duration.ofSeconds(30), 2L << 30, 16L << 20);

    private static final String FAUST = "/usr/bin/faust";

    private FaustSvg() {
    }

    /** The SVG files Faust draws for {@code source}, by file name; {@code program} is a valid program name. */
    static Map<String, byte[]> draw(String source, String program) throws DiagramException, IOException {
        try (SandboxedJob job = SandboxedJob.open()) {
            job.write(program + ".dsp", source);
            if (GenLibrary.usedBy(source)) {
                job.write(GenLibrary.FILE, GenLibrary.text());
            }
            ToolRun run = job.run(List.of(FAUST, "-t", Long.toString(LIMITS.timeout().toSeconds()), "-svg",
                    program + ".dsp", "-o", "/dev/null"), LIMITS);
            if (!run.ok()) {
                throw new DiagramException("faust -svg: " + (run.timedOut() ? "ran out of time" : run.ending())
                        + (run.stderr().isBlank() ? "" : ": " + CompilerMessages.clean(run.stderr()).strip()));
            }
            return read(job.inside(program + "-svg"), MAX_FILES, MAX_BYTES);
        }
    }

    /** The {@code .svg} files of a folder, by name; more than {@code maxFiles} files or {@code maxBytes} bytes is refused. */
    static Map<String, byte[]> read(Path folder, int maxFiles, long maxBytes) throws DiagramException, IOException {
        if (!Files.isDirectory(folder)) {
            throw new DiagramException("faust -svg wrote no diagram");
        }
        Map<String, byte[]> files = new TreeMap<>();
        long bytes = 0;
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : (Iterable<Path>) list::iterator) {
                if (!Files.isRegularFile(file) || !file.getFileName().toString().endsWith(".svg")) {
                    continue;
                }
                if (files.size() == maxFiles) {
                    throw new DiagramException("the diagram has more than " + maxFiles + " files");
                }
                bytes += Files.size(file);
                if (bytes > maxBytes) {
                    throw new DiagramException("the diagram has more than " + maxBytes + " bytes");
                }
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
