package dev.faustwire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden program compiles with the installed Faust, to the channel counts codegen reports. */
class GoldenCompileIT {
    private static final Pattern INPUTS = Pattern.compile("\"inputs\": (\\d+)");
    private static final Pattern OUTPUTS = Pattern.compile("\"outputs\": (\\d+)");

    @TempDir
    Path work;

    static java.util.List<GoldenCases.Case> cases() {
        return GoldenCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void compiles(GoldenCases.Case golden) throws Exception {
        CodegenResult result = golden.generate();
        Files.copy(golden.expected(), work.resolve("golden.dsp"));
        Compile compile = faust("golden.dsp");
        assertEquals(0, compile.exit(), golden.name() + ": " + compile.errors());
        String json = Files.readString(work.resolve("golden.dsp.json"), StandardCharsets.UTF_8);
        assertEquals(result.inputs(), number(INPUTS, json), golden.name() + " inputs");
        assertEquals(result.outputs(), number(OUTPUTS, json), golden.name() + " outputs");
    }

    @Test
    void aBrokenProgramFails() throws Exception {
        Files.writeString(work.resolve("broken.dsp"), "process = oscc;\n");
        assertNotEquals(0, faust("broken.dsp").exit());
    }

    private record Compile(int exit, String errors) {
    }

    private Compile faust(String file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("faust", "-json", "-o", "/dev/null", file)
                .directory(work.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("faust did not finish in 60 s: " + file);
        }
        return new Compile(process.exitValue(), errors);
    }

    private static int number(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json);
        if (!m.find()) {
            throw new AssertionError("no " + pattern + " in " + json);
        }
        return Integer.parseInt(m.group(1));
    }
}
