package dev.faustwire.server.compile;

import static dev.faustwire.server.compile.PatchJson.lineOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.diag.Severity;
import dev.faustwire.server.toolchain.CompileFailure;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link CompileDiagnostics}: compiler failures pinned to the boxes of a program made by codegen. */
class CompileDiagnosticsTest {
    private static final String ARITY = """
            ERROR in sequential composition os_osc_1_0:B
            The number of outputs [1] of os_osc_1_0 must be equal to the number of inputs [2] of B

            Here  os_osc_1_0 = 65536,((((_,(65536 : int) : %)~(_,(1 : mem) : +) : float) ... (1864 more characters)
            has 1 output

            while B = _,_;
            has 2 inputs""";

    private static Program patch;
    private static int gainLine;

    @BeforeAll
    static void generate() {
        patch = Programs.ofPatch(PatchJson.OSC_GAIN, null);
        gainLine = lineOf(patch, "Mul_2_0 =");
        assertEquals(List.of(), patch.diagnostics());
        assertEquals("box-2", patch.sourceMap().boxAt(gainLine));
    }

    private static CompileOutcome.Failed rejected(String message) {
        return new CompileOutcome.Failed(CompileFailure.REJECTED, message, "exit status 1");
    }

    private static List<Diagnostic> diagnose(String message, Program program) {
        return CompileDiagnostics.of(rejected(message), program, SandboxLimits.DEFAULT);
    }

    private static Diagnostic only(List<Diagnostic> diagnostics) {
        assertEquals(1, diagnostics.size(), diagnostics.toString());
        return diagnostics.get(0);
    }

    // ---- rejected programs ----

    @Test
    void aLineErrorGoesToTheBoxOfThatLine() {
        Diagnostic d = only(diagnose("main.dsp : " + gainLine + " : ERROR : undefined symbol : foo", patch));

        assertEquals(new Diagnostic(Severity.ERROR, Code.COMPILE_ERROR, "box-2", null, -1,
                "main.dsp:" + gainLine + ": undefined symbol : foo"), d);
    }

    @ParameterizedTest
    @CsvSource({"os_osc_1_0 =, box-1", "Mul_2_0 =, box-2", "Out_1 =, box-3", "Out_2 =, box-5"})
    void eachGeneratedLineBelongsToItsBox(String start, String box) {
        int line = lineOf(patch, start);

        assertEquals(box, only(diagnose("main.dsp : " + line + " : ERROR : syntax error, unexpected IDENT", patch))
                .boxId());
    }

    @Test
    void aLineErrorOnALineOfNoBoxQuotingNoDefinitionIsAboutTheProgram() {
        int processLine = lineOf(patch, "process");

        Diagnostic d = only(diagnose("main.dsp : " + processLine + " : ERROR : syntax error, unexpected IDENT", patch));

        assertNull(d.boxId());
        assertEquals("main.dsp:" + processLine + ": syntax error, unexpected IDENT", d.message());
    }

    @Test
    void aLineErrorOnALineOfNoBoxGoesToTheDefinitionItQuotes() {
        int processLine = lineOf(patch, "process");

        assertEquals("box-5", only(diagnose("main.dsp : " + processLine + " : ERROR : undefined symbol : Out_2", patch))
                .boxId());
    }

    @Test
    void anArityErrorGoesToTheBoxOfTheDefinitionItQuotes() {
        Diagnostic d = only(diagnose(ARITY, patch));

        assertEquals("box-1", d.boxId());
        assertEquals(Code.COMPILE_ERROR, d.code());
        assertTrue(d.message().contains("sequential composition os_osc_1_0:B\nThe number of outputs [1]"), d.message());
        assertTrue(d.message().endsWith("while B = _,_;\nhas 2 inputs"), d.message());
    }

    @Test
    void anArityErrorNamingALibraryCallGoesToTheOnlyBoxMakingIt() {
        // What faust says when the composition is inside one definition: it names the expression.
        String message = "ERROR in sequential composition osc(440):B\n"
                + "The number of outputs [1] of osc(440) must be equal to the number of inputs [2] of B";

        assertEquals("box-1", only(diagnose(message, patch)).boxId());
    }

    @Test
    void anArityErrorNamingACallOfTwoBoxesIsAboutTheProgram() {
        Program twoOscillators = Programs.ofPatch(PatchJson.TWO_OSCILLATORS, null);
        String message = "ERROR in sequential composition osc(440):B\n"
                + "The number of outputs [1] of osc(440) must be equal to the number of inputs [2] of B\n\n"
                + "Here  osc(440) = 65536,((((_,(65536 : int) : %)~(_,(1 : mem) : + ... (1864 more characters);\n"
                + "has 1 output\n\nwhile B = _,_;\nhas 2 inputs";

        assertNull(only(diagnose(message, twoOscillators)).boxId());
    }

    @Test
    void anArityErrorNamingNothingGoesToTheOnlyBoxWritingAnExpressionItQuotes() {
        String message = "ERROR in sequential composition A:B\n\nHere  A = 440;\nhas 1 output\n\n"
                + "while B = _,_;\nhas 2 inputs";

        assertEquals("box-1", only(diagnose(message, patch)).boxId());
        assertEquals("box-2", only(diagnose(message.replace("440", "0.5"), patch)).boxId());
    }

    @Test
    void aShortenedExpressionIsNotLookedFor() {
        String message = "ERROR in sequential composition A:B\n\nHere  A = 440 ... (1864 more characters);\n"
                + "has 1 output\n\nwhile B = _,_;\nhas 2 inputs";

        assertNull(only(diagnose(message, patch)).boxId());
    }

    @Test
    void anArityErrorNamingNothingAnyBoxWritesIsAboutTheProgram() {
        String message = "ERROR in sequential composition lowpass(3):B\n\nHere  lowpass(3) = fi.lowpass(3);\n"
                + "has 1 output\n\nwhile B = _,_;\nhas 2 inputs";

        assertNull(only(diagnose(message, patch)).boxId());
    }

    @Test
    void anErrorInALibraryFileIsNotPinnedByItsLine() {
        Diagnostic d = only(diagnose("filters.lib : " + gainLine + " : ERROR : too much arguments : 2", patch));

        assertNull(d.boxId());
        assertEquals("filters.lib:" + gainLine + ": too much arguments : 2", d.message());
    }

    @Test
    void anErrorInALibraryFileQuotingADefinitionGoesToItsBox() {
        assertEquals("box-2", only(diagnose("maths.lib : 12 : ERROR : when applying Mul_2_0 to (1, 2)", patch)).boxId());
    }

    @Test
    void aNameThatOnlyStartsLikeADefinitionIsNotIt() {
        assertNull(only(diagnose("ERROR : undefined symbol : Mul_2_0x", patch)).boxId());
    }

    @Test
    void severalErrorsGiveSeveralDiagnosticsInOrder() {
        int outLine = lineOf(patch, "Out_1 =");
        List<Diagnostic> diagnostics = diagnose("main.dsp : " + gainLine + " : ERROR : a\n"
                + "main.dsp : " + outLine + " : ERROR : b\nERROR : c", patch);

        assertEquals(List.of("box-2", "box-3"), diagnostics.stream().limit(2).map(Diagnostic::boxId).toList());
        assertNull(diagnostics.get(2).boxId());
        assertEquals(List.of("main.dsp:" + gainLine + ": a", "main.dsp:" + outLine + ": b", "c"),
                diagnostics.stream().map(Diagnostic::message).toList());
    }

    @Test
    void aMessageWithoutAnyErrorIsOneDiagnosticAboutTheProgram() {
        Diagnostic d = only(diagnose("something the compiler said", patch));

        assertNull(d.boxId());
        assertEquals("something the compiler said", d.message());
    }

    @Test
    void theLineErrorMustNameTheProgramsOwnFile() {
        Program synth = Programs.ofPatch(PatchJson.OSC_GAIN, "synth");
        assertEquals("synth.dsp", synth.fileName());

        assertEquals("box-2", only(diagnose("synth.dsp : " + gainLine + " : ERROR : x", synth)).boxId());
        assertNull(only(diagnose("main.dsp : " + gainLine + " : ERROR : x", synth)).boxId());
    }

    @Test
    void aDspProgramHasNoBoxes() {
        Program dsp = Program.ofDsp("main", patch.code());

        assertNull(only(diagnose("main.dsp : " + gainLine + " : ERROR : x", dsp)).boxId());
        assertNull(only(diagnose(ARITY, dsp)).boxId());
        assertEquals("main.dsp:" + gainLine + ": x", only(diagnose("main.dsp : " + gainLine + " : ERROR : x", dsp))
                .message());
    }

    @Test
    void readsTheDefinitionsOfEachBox() {
        assertEquals(Map.of("os_osc_1_0", "box-1", "Mul_2_0", "box-2", "Out_1", "box-3", "Out_2", "box-5"),
                CompileDiagnostics.definitions(patch));
        assertEquals(Map.of(), CompileDiagnostics.definitions(Program.ofDsp("main", patch.code())));
    }

    // ---- the compiler did not finish ----

    @Test
    void aTimeoutIsOneDiagnosticAboutTheProgramWithItsLimit() {
        CompileOutcome.Failed failed = new CompileOutcome.Failed(CompileFailure.TIMEOUT, "", "exit status 142");

        assertEquals(List.of(Diagnostic.atDocument(Code.COMPILE_TIMEOUT, "the Faust compiler did not finish within 10 s;"
                + " a very wide par/seq or a delay of millions of samples can do this")),
                CompileDiagnostics.of(failed, patch, SandboxLimits.DEFAULT));
        SandboxLimits three = new SandboxLimits(Duration.ofSeconds(3), 1L << 30, 1L << 20);
        Diagnostic d = only(CompileDiagnostics.of(failed, patch, three));
        assertEquals("E017", d.code().id());
        assertTrue(d.message().contains("within 3 s"), d.message());
    }

    @Test
    void runningOutOfMemoryIsOneDiagnosticWithTheLimit() {
        CompileOutcome.Failed failed = new CompileOutcome.Failed(CompileFailure.OUT_OF_MEMORY,
                "terminate called after throwing an instance of 'St9bad_alloc'", "exit status 134");

        Diagnostic d = only(CompileDiagnostics.of(failed, patch, SandboxLimits.DEFAULT));
        assertEquals(Diagnostic.atDocument(Code.COMPILE_OUT_OF_MEMORY,
                "the Faust compiler ran out of its 1024 MiB of memory on this program"), d);
        assertEquals("E018", d.code().id());
        SandboxLimits small = new SandboxLimits(Duration.ofSeconds(10), 256L << 20, 1L << 20);
        assertTrue(only(CompileDiagnostics.of(failed, patch, small)).message().contains("its 256 MiB"));
    }

    @Test
    void aCrashIsOneDiagnosticWithHowItEndedAndTheFirstLineItSaid() {
        CompileOutcome.Failed failed = new CompileOutcome.Failed(CompileFailure.CRASHED,
                "Segmentation fault\nmore detail\neven more", "exit status 139");

        Diagnostic d = only(CompileDiagnostics.of(failed, patch, SandboxLimits.DEFAULT));
        assertEquals(Diagnostic.atDocument(Code.COMPILER_CRASHED,
                "the Faust compiler crashed (exit status 139): Segmentation fault"), d);
        assertEquals("E019", d.code().id());
    }

    @Test
    void aSilentCrashSaysOnlyHowItEnded() {
        CompileOutcome.Failed failed = new CompileOutcome.Failed(CompileFailure.CRASHED, "", "killed after the time limit");

        assertEquals("the Faust compiler crashed (killed after the time limit)",
                only(CompileDiagnostics.of(failed, patch, SandboxLimits.DEFAULT)).message());
    }

    @Test
    void aFailureThatIsNotARejectionIsNeverPinnedToABox() {
        CompileOutcome.Failed failed = new CompileOutcome.Failed(CompileFailure.CRASHED,
                "main.dsp : " + gainLine + " : ERROR : Mul_2_0", "exit status 139");

        assertNull(only(CompileDiagnostics.of(failed, patch, SandboxLimits.DEFAULT)).boxId());
    }
}
