package dev.faustwire.server.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes sure a target's Debian packages are installed before its build: {@code dpkg-query} tells what
 * is missing, and the launcher ({@code <FAUSTWIRE_HOME>/faustwire needs TARGET}) installs it when the
 * server may (as root), else says the {@code apt-get} line, which the export reports (E052).
 */
public class ExportPackageInstaller {
    /** Longest an installation may take. */
    static final long INSTALL_MINUTES = 10;

    private final Path launcher;

    /** An installer through the launcher of {@code faustwire.home} or {@code FAUSTWIRE_HOME}, if there is one. */
    public ExportPackageInstaller() {
        this(launcher());
    }

    /** An installer through this launcher script (null: none, so missing packages can only be reported). */
    public ExportPackageInstaller(Path launcher) {
        this.launcher = launcher;
    }

    /** What an installation said: whether the packages are there now, and the launcher's words. */
    public record Outcome(boolean installed, String output) {
    }

    /** The packages of {@code packages} that dpkg does not know as installed. */
    public List<String> missing(List<String> packages) {
        List<String> missing = new ArrayList<>();
        for (String name : packages) {
            if (!installed(name)) {
                missing.add(name);
            }
        }
        return missing;
    }

    /** Runs {@code faustwire needs TARGET}; without a launcher, says how to install the packages by hand. */
    public Outcome install(String target, List<String> missing) {
        String byHand = "install them with: sudo apt-get install " + String.join(" ", missing)
                + " (or sudo ./faustwire needs " + target + ")";
        if (launcher == null) {
            return new Outcome(false, "the server does not know where its launcher is (FAUSTWIRE_HOME); " + byHand);
        }
        try {
            Process process = new ProcessBuilder(launcher.toString(), "needs", target).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] said = process.getInputStream().readNBytes(16 * 1024);
            if (!process.waitFor(INSTALL_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new Outcome(false, "the installation took longer than " + INSTALL_MINUTES + " minutes; " + byHand);
            }
            String output = new String(said, StandardCharsets.UTF_8).strip();
            boolean ok = process.exitValue() == 0 && missing(missing).isEmpty();
            return new Outcome(ok, ok ? output : (output.isEmpty() ? byHand : output));
        } catch (IOException e) {
            return new Outcome(false, "the launcher could not run (" + e.getMessage() + "); " + byHand);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, "the installation was stopped; " + byHand);
        }
    }

    /** The launcher script: {@code faustwire.home} or {@code FAUSTWIRE_HOME}, when it holds one. */
    static Path launcher() {
        String home = System.getProperty("faustwire.home", System.getenv("FAUSTWIRE_HOME"));
        if (home == null || home.isBlank()) {
            return null;
        }
        Path script = Path.of(home).resolve("faustwire");
        return Files.isExecutable(script) ? script : null;
    }

    private static boolean installed(String name) {
        try {
            Process process = new ProcessBuilder("dpkg-query", "-W", "-f=${db:Status-Status}", name)
                    .redirectErrorStream(true).start();
            process.getOutputStream().close();
            String status = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 && status.equals("installed");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
