package dev.faustwire.server.toolchain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.server.toolchain.DspControl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link FaustCompiler} with the real faust in the real sandbox. */
class FaustCompilerTest {
    private static FaustCompiler compiler;

    @BeforeAll
    static void start() {
        compiler = new FaustCompiler(SandboxLimits.DEFAULT);
    }

    private static CompileOutcome.Compiled compiled(String source, String name) {
        return assertInstanceOf(CompileOutcome.Compiled.class, compiler.compile(source, name));
    }

    private static CompileOutcome.Failed failed(String source) {
        return assertInstanceOf(CompileOutcome.Failed.class, compiler.compile(source, null));
    }

    @Test
    void readsTheVersionOfTheCompiler() {
        assertTrue(compiler.version().matches("\\d+\\.\\d+\\.\\d+"), compiler.version());
        assertEquals(SandboxLimits.DEFAULT, compiler.limits());
    }

    @Test
    void compilesAProgramToWasmWithItsDescription() {
        CompileOutcome.Compiled out = compiled("process = _;", null);

        assertArrayEquals(new byte[] {0, 'a', 's', 'm'}, Arrays.copyOf(out.wasm(), 4));
        assertEquals(1, out.description().inputs());
        assertEquals(1, out.description().outputs());
        assertEquals("main", out.description().json().path("name").asText());
    }

    @Test
    void describesTheChannelsAndControls() {
        CompileOutcome.Compiled out = compiled("""
                import("stdfaust.lib");
                gain = hslider("gain", 0.5, 0, 1, 0.01);
                process = + : *(gain) <: _, _, _;
                """, "Synth_2");

        assertEquals(2, out.description().inputs());
        assertEquals(3, out.description().outputs());
        DspControl gain = out.description().control("/Synth_2/gain").orElseThrow();
        assertEquals("hslider", gain.type());
        assertEquals(0.5, gain.init());
        assertEquals(1.0, gain.max());
    }

    @Test
    void aSyntaxErrorIsRejectedWithItsLine() {
        CompileOutcome.Failed out = failed("process = _;\nprocess2 = ;\n");

        assertEquals(CompileFailure.REJECTED, out.kind());
        assertTrue(out.message().startsWith("main.dsp : 2 : ERROR : syntax error"), out.message());
        assertEquals("exit status 1", out.ending());
    }

    @Test
    void anUndefinedSymbolIsRejectedWithItsLine() {
        CompileOutcome.Failed out = failed("import(\"stdfaust.lib\");\nprocess = oscc;");

        assertEquals(CompileFailure.REJECTED, out.kind());
        assertEquals("main.dsp : 2 : ERROR : undefined symbol : oscc", out.message());
    }

    @Test
    void theLineErrorNamesTheProgramsOwnFile() {
        CompileOutcome.Failed out = assertInstanceOf(CompileOutcome.Failed.class,
                compiler.compile("process = oscc;", "reverb"));

        assertEquals("reverb.dsp : 1 : ERROR : undefined symbol : oscc", out.message());
    }

    @Test
    void anArityErrorKeepsItsBlockAndIsShortened() {
        CompileOutcome.Failed out = failed("import(\"stdfaust.lib\");\nA = os.osc(440);\nprocess = A : (_,_);");

        assertEquals(CompileFailure.REJECTED, out.kind());
        assertTrue(out.message().startsWith("ERROR in sequential composition A:B\n"
                + "The number of outputs [1] of A must be equal to the number of inputs [2] of B"), out.message());
        assertTrue(out.message().endsWith("while B = _,_;\nhas 2 inputs"), out.message());
        for (String line : out.message().split("\n")) {
            assertTrue(line.length() <= CompilerMessages.LINE_LIMIT, line);
        }
    }

    @Test
    void theSandboxHasNoEtcAndTheUsersPathIsKeptInTheMessage() {
        CompileOutcome.Failed out = failed("import(\"/etc/passwd\");\nprocess = _;");

        assertEquals(CompileFailure.REJECTED, out.kind());
        assertEquals("ERROR : unable to open file /etc/passwd", out.message());
    }

    @Test
    void messagesNameNoServerFolder() {
        CompileOutcome.Failed out = failed("import(\"/job/nothing.lib\");\nprocess = _;");

        assertEquals("ERROR : unable to open file nothing.lib", out.message());
    }

    // Regression, as FaustRunTest#aRejectedProgramWhoseLabelMentionsMemoryIsStillRejected, with the real
    // compiler, which quotes the label in its arity error and exits 1.
    @Test
    void aLabelSayingOutOfMemoryDoesNotMakeARejectionOutOfMemory() {
        CompileOutcome.Failed out = failed("process = hslider(\"out of memory\", 0, 0, 1, 0.1) : (_,_);");

        assertEquals(CompileFailure.REJECTED, out.kind());
    }

    @Test
    void aTimeLimitEndsARunawayCompileInTime() {
        FaustCompiler quick = new FaustCompiler(new SandboxLimits(Duration.ofSeconds(1), 1L << 30, 64L << 20));
        long start = System.nanoTime();

        CompileOutcome outcome = quick.compile("process = @(1<<30);", null);

        long millis = (System.nanoTime() - start) / 1_000_000;
        CompileOutcome.Failed out = assertInstanceOf(CompileOutcome.Failed.class, outcome);
        assertEquals(CompileFailure.TIMEOUT, out.kind());
        assertEquals("exit status 142", out.ending());
        System.out.println("a runaway compile with a 1 s limit ended after " + millis + " ms");
    }

    @Test
    void aCompilerWithoutEnoughMemoryToStartCrashes() {
        FaustCompiler starved = new FaustCompiler(new SandboxLimits(Duration.ofSeconds(1), 10_000_000L, 1L << 20));

        CompileOutcome.Failed out = assertInstanceOf(CompileOutcome.Failed.class, starved.compile("process = _;", null));

        assertEquals(CompileFailure.CRASHED, out.kind());
        assertTrue(out.ending().matches("exit status (12[0-9]|1[3-9][0-9])"), out.ending());
    }

    @Test
    void leavesNoJobFolderBehind() throws Exception {
        Set<Path> before = jobFolders();

        compiled("process = _;", null);
        failed("process = ;");
        failed("import(\"/etc/passwd\");\nprocess = _;");

        // Other builds on this machine may be compiling at the same moment; their folders go away soon.
        Set<Path> left = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            left = jobFolders();
            left.removeAll(before);
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(200);
        }
        assertEquals(Set.of(), left);
    }

    private static Set<Path> jobFolders() throws IOException {
        try (Stream<Path> files = Files.list(JobFolders.processFolder())) {
            return files.collect(Collectors.toSet());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"main", "a", "Synth_2", "reverb"})
    void acceptsValidNames(String name) {
        assertEquals(name, FaustCompiler.programName(name));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2tone", "_x", "a-b", "a b", "../etc/x", "x.dsp", "caf\u00e9", "main\n"})
    void replacesInvalidNamesWithMain(String name) {
        assertEquals(FaustCompiler.DEFAULT_NAME, FaustCompiler.programName(name));
        assertEquals("main", FaustCompiler.DEFAULT_NAME);
    }

    @Test
    void aNameOfSixtyFourCharactersIsTheLongest() {
        String longest = "X" + "_".repeat(63);

        assertEquals(longest, FaustCompiler.programName(longest));
        assertEquals("main", FaustCompiler.programName(longest + "_"));
    }

    @Test
    void anInvalidNameCompilesAsMain() {
        CompileOutcome.Compiled out = compiled("process = hslider(\"g\", 0, 0, 1, 0.1);", "../../x");

        assertTrue(out.description().control("/main/g").isPresent(), out.description().json().toString());
        assertFalse(out.description().control("/x/g").isPresent());
    }
}
