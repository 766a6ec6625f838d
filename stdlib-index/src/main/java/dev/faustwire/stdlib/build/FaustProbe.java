package dev.faustwire.stdlib.build;

import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonSyntaxException;
import dev.faustwire.core.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Asks the installed Faust compiler how many inputs and outputs an expression has, by compiling
 * {@code import("stdfaust.lib"); process = (EXPR), 0;} with {@code -json} in a private folder and
 * not counting the added output (Faust refuses a program without outputs, and {@code si.block(2)}
 * has none); the same compile writes C code, from which {@link CompiledState} reads whether the
 * expression keeps state. Each call is its own process with a time limit, so calls may run in parallel.
 */
public final class FaustProbe {
    private static final String TIMEOUT = "timeout after ";

    private final String faust;
    private final int timeoutSeconds;
    private final Library library;

    /**
     * A library outside stdfaust.lib that probed expressions use: written beside each probe program
     * as {@code file} and reached as {@code prefix = library("file");}, as the sandboxed compiler sees gen.lib.
     */
    public record Library(String prefix, String file, String text) {
    }

    /** What the compiler said: inputs and outputs and whether the code keeps state, or the first error line. */
    public record Answer(boolean ok, int inputs, int outputs, String error, CompiledState state) {
        /** An answer whose state is not known (a compile that failed, or a test's invented answer). */
        public Answer(boolean ok, int inputs, int outputs, String error) {
            this(ok, inputs, outputs, error, CompiledState.UNKNOWN);
        }

        static Answer failed(String error) {
            return new Answer(false, -1, -1, error);
        }

        public boolean undefined() {
            return !ok && error.contains("undefined symbol");
        }

        /** The compile ran out of time: this says how fast the machine is, not what Faust thinks. */
        public boolean timedOut() {
            return !ok && error.startsWith(TIMEOUT);
        }
    }

    public FaustProbe(String faust, int timeoutSeconds) {
        this(faust, timeoutSeconds, null);
    }

    private FaustProbe(String faust, int timeoutSeconds, Library library) {
        this.faust = faust;
        this.timeoutSeconds = timeoutSeconds;
        this.library = library;
    }

    /** The same compiler, with {@code library} beside every probe program. */
    public FaustProbe with(Library library) {
        return new FaustProbe(faust, timeoutSeconds, library);
    }

    /** The installed compiler, with a generous per-compile limit. */
    public static FaustProbe installed() {
        return new FaustProbe("faust", 60);
    }

    /** The compiler's version line, such as {@code 2.54.9}. */
    public String version() {
        try {
            Process process = new ProcessBuilder(faust, "--version").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            Matcher m = Pattern.compile("Version ([0-9.]+)").matcher(out);
            if (!m.find()) {
                throw new IllegalStateException("faust --version said: " + out.trim());
            }
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Compiles {@code process = expression;} and reports its channels and state. */
    public Answer probe(String expression) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("faustwire-probe");
            Path source = dir.resolve("p.dsp");
            String imports = "import(\"stdfaust.lib\");\n";
            if (library != null) {
                Files.writeString(dir.resolve(library.file()), library.text());
                imports += library.prefix() + " = library(\"" + library.file() + "\");\n";
            }
            Files.writeString(source, imports + "process = (" + expression + "), 0;\n");
            Process process = new ProcessBuilder(faust, "-t", Integer.toString(timeoutSeconds), "-json",
                    "-lang", "c", "-o", "p.c", "p.dsp")
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("log.txt").toFile())
                    .start();
            if (!process.waitFor(timeoutSeconds + 5L, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                return Answer.failed(TIMEOUT + timeoutSeconds + " s");
            }
            if (process.exitValue() == 142) {
                return Answer.failed(TIMEOUT + timeoutSeconds + " s");
            }
            Path json = dir.resolve("p.dsp.json");
            if (process.exitValue() != 0 || !Files.exists(json)) {
                return Answer.failed(firstError(Files.readString(dir.resolve("log.txt")), process.exitValue()));
            }
            JsonValue.JsonObject doc = (JsonValue.JsonObject) JsonParser.parse(Files.readString(json)).value();
            Path c = dir.resolve("p.c");
            CompiledState state = Files.exists(c) ? CompiledState.of(Files.readString(c)) : CompiledState.UNKNOWN;
            return new Answer(true, intField(doc, "inputs"), intField(doc, "outputs") - 1, "", state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonSyntaxException | ClassCastException e) {
            return Answer.failed("unreadable -json output: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static int intField(JsonValue.JsonObject doc, String key) {
        return Integer.parseInt(((JsonValue.JsonNumber) doc.get(key)).text());
    }

    /** The compiler's error, on one line, without the file name and line it starts with. */
    static String firstError(String log, int exit) {
        for (String line : log.split("\n")) {
            int at = line.indexOf("ERROR : ");
            if (at >= 0) {
                return shortened(line.substring(at + "ERROR : ".length()).trim());
            }
        }
        String trimmed = log.trim();
        if (trimmed.isEmpty()) {
            return "the compiler stopped with exit code " + exit + " and no message";
        }
        return shortened(trimmed.split("\n")[0].trim());
    }

    /** At most 160 characters: arity errors can quote kilobytes of expanded expression. */
    private static String shortened(String message) {
        return message.length() > 160 ? message.substring(0, 157) + "..." : message;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
