package dev.faustwire.server.export;

import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import dev.faustwire.server.toolchain.SandboxedJob;
import dev.faustwire.server.toolchain.ToolRun;
import dev.faustwire.stdlib.jvm.GenLibrary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One native build for a host, in its own {@link SandboxedJob}: the program is written as
 * {@code NAME.dsp}, {@code faust -a ARCH -i} writes self-contained C++ into {@code out/} (never
 * beside an architecture's name in the working folder), and g++ builds it with the host's flags.
 * A tool that fails becomes an {@link ExportException} carrying its message; closing deletes it all.
 */
final class HostBuild implements AutoCloseable {
    static final String FAUST = "/usr/bin/faust";
    static final String GPP = "/usr/bin/g++";
    static final String PYTHON = "/usr/bin/python3";
    /** No fast-math, so the export computes the samples the server renders; no warnings, so a failure shows its error. */
    static final List<String> CXXFLAGS = List.of("-O2", "-fPIC", "-w");
    private static final String ARCHITECTURES = "/usr/share/faust/";
    private static final int MESSAGE_KEPT = 6000;

    private final SandboxedJob job;
    private final ExportRequest request;
    private final ExportProgress progress;

    private HostBuild(SandboxedJob job, ExportRequest request, ExportProgress progress) {
        this.job = job;
        this.request = request;
        this.progress = progress;
    }

    /** A new job holding the request's program as {@code NAME.dsp}. */
    static HostBuild open(ExportRequest request, ExportProgress progress) throws ExportException {
        SandboxedJob job = null;
        try {
            job = SandboxedJob.open();
            job.write(request.programName() + ".dsp", request.source());
            if (GenLibrary.usedBy(request.source())) {
                // an imported Gen patch: faust finds our gen.lib beside the program, as in every compile
                job.write(GenLibrary.FILE, GenLibrary.text());
            }
            return new HostBuild(job, request, progress);
        } catch (IOException e) {
            if (job != null) {
                job.close();
            }
            String why = String.valueOf(e.getMessage());
            throw new ExportException(ExportException.Kind.BUILD_FAILED, "the build could not start: "
                    + (why.contains(System.getProperty("java.io.tmpdir")) ? "its job folder could not be made" : why), "");
        }
    }

    /** The program's name: the plugin's binary, the class and the external are named after it. */
    String name() {
        return request.programName();
    }

    /** The program file, relative to the job. */
    String dsp() {
        return name() + ".dsp";
    }

    /**
     * Runs {@code faust -a ARCH -i} on the program, writing {@code out/NAME.cpp}; {@code options}
     * go before the file name. Returns the C++ file's path relative to the job.
     */
    String faust(String architecture, String... options) throws ExportException {
        String cpp = "out/" + name() + ".cpp";
        List<String> command = new ArrayList<>(List.of(FAUST, "-a", ARCHITECTURES + architecture, "-i"));
        command.addAll(List.of(options));
        if (GenLibrary.usedBy(request.source())) {
            command.add(FaustCompiler.DOUBLE); // Gen computes in double precision, and so do our renders of it
        }
        command.addAll(List.of(dsp(), "-o", cpp));
        run("faust -a " + architecture + " -i", command);
        return cpp;
    }

    /** Runs g++ with these arguments. */
    void gpp(String step, List<String> arguments) throws ExportException {
        List<String> command = new ArrayList<>();
        command.add(GPP);
        command.addAll(arguments);
        run(step, command);
    }

    /**
     * Runs a program of the build, reporting {@code step} first; its stdout on success. The folder
     * of the file after {@code -o} is made first, as compilers do not make it.
     */
    String run(String step, List<String> command) throws ExportException {
        progress.step(step);
        try {
            int output = command.indexOf("-o");
            if (output >= 0 && output + 1 < command.size()) {
                Files.createDirectories(job.inside(command.get(output + 1)).getParent());
            }
            ToolRun run = job.run(command, SandboxLimits.BUILD);
            if (run.timedOut()) {
                throw new ExportException(ExportException.Kind.TIMED_OUT,
                        step + " ran past " + SandboxLimits.BUILD.timeout().toSeconds() + " s", clean(run.stderr()));
            }
            if (!run.ok()) {
                throw new ExportException(ExportException.Kind.BUILD_FAILED,
                        step + " failed (" + run.ending() + ")", clean(run.stderr() + run.stdout()));
            }
            return run.stdout();
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.BUILD_FAILED, step + " could not run", "");
        }
    }

    /** Writes a text file into the job. */
    void write(String relative, String text) throws ExportException {
        try {
            job.write(relative, text);
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.BUILD_FAILED, "could not write " + relative, "");
        }
    }

    /**
     * Replaces every {@code from} in a text file of the build; fails when there is none, so that an
     * architecture that changed is noticed at once.
     */
    void replace(String relative, String from, String to) throws ExportException {
        try {
            Path file = job.inside(relative);
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new ExportException(ExportException.Kind.BUILD_FAILED,
                        relative + " has no " + from + ": the architecture is not the one this target knows", "");
            }
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.BUILD_FAILED, "could not edit " + relative, "");
        }
    }

    /** The bytes of a file the build made. */
    byte[] read(String relative) throws ExportException {
        try {
            return Files.readAllBytes(job.inside(relative));
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.BUILD_FAILED, "the build made no " + relative, "");
        }
    }

    /** A zip of the folder {@code relative}, whose entries start with the folder's own name. */
    byte[] zip(String relative) throws ExportException {
        Path folder = job.inside(relative);
        Path base = folder.getParent();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(base.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.BUILD_FAILED, "could not pack " + relative, "");
        }
        return bytes.toByteArray();
    }

    /** A tool's message without the sandbox's folder names, and not too long to show. */
    static String clean(String message) {
        String text = message.replace("/job/", "").replace("/usr/share/faust/", "");
        return text.length() <= MESSAGE_KEPT ? text.strip() : text.substring(0, MESSAGE_KEPT).strip() + "\n...";
    }

    @Override
    public void close() {
        job.close();
    }
}
