package dev.faustwire.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The installed faust, run on a file in a work folder: its exit, its errors, and the channel counts of its JSON. For tests; the server runs faust in its sandbox. */
public record FaustRun(int exit, String errors, int inputs, int outputs) {
    private static final Pattern INPUTS = Pattern.compile("\"inputs\": (\\d+)");
    private static final Pattern OUTPUTS = Pattern.compile("\"outputs\": (\\d+)");

    /** Compiles {@code code} as {@code name} in {@code work} with {@code faust -json}. */
    public static FaustRun compile(Path work, String name, String code) throws IOException, InterruptedException {
        Files.writeString(work.resolve(name), code, StandardCharsets.UTF_8);
        Path json = work.resolve(name + ".json");
        Files.deleteIfExists(json);
        Process process = new ProcessBuilder("faust", "-json", "-o", "/dev/null", name)
                .directory(work.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("faust did not finish in 60 s: " + name);
        }
        if (process.exitValue() != 0 || !Files.exists(json)) {
            return new FaustRun(process.exitValue(), errors, -1, -1);
        }
        String text = Files.readString(json, StandardCharsets.UTF_8);
        return new FaustRun(0, errors, number(INPUTS, text), number(OUTPUTS, text));
    }

    public boolean ok() {
        return exit == 0;
    }

    private static int number(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json);
        if (!m.find()) {
            throw new AssertionError("no " + pattern + " in " + json);
        }
        return Integer.parseInt(m.group(1));
    }
}
