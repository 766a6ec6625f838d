package dev.faustwire.server.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link FaustRun#failure()}: how an exit status and stderr become a kind of failure. */
class FaustRunTest {
    private static final String LINE_ERROR = "main.dsp : 1 : ERROR : undefined symbol : oscc";

    private static CompileFailure failure(int exit, String stderr) {
        return new FaustRun(exit, stderr, false).failure();
    }

    @Test
    void exitZeroIsSuccess() {
        assertNull(failure(0, ""));
    }

    @Test
    void exitZeroWithWarningsIsStillSuccess() {
        assertNull(failure(0, "WARNING : a harmless remark"));
    }

    @Test
    void faustsOwnTimeLimitIsATimeout() {
        assertEquals(CompileFailure.TIMEOUT, failure(FaustRun.FAUST_TIMEOUT_EXIT, ""));
        assertEquals(142, FaustRun.FAUST_TIMEOUT_EXIT);
    }

    @Test
    void theCpuLimitIsATimeout() {
        assertEquals(CompileFailure.TIMEOUT, failure(FaustRun.CPU_LIMIT_EXIT, ""));
        assertEquals(152, FaustRun.CPU_LIMIT_EXIT);
    }

    @Test
    void aKilledRunIsATimeout() {
        assertEquals(CompileFailure.TIMEOUT, new FaustRun(-1, "", true).failure());
    }

    @Test
    void aKilledRunIsATimeoutWhateverItSaid() {
        assertEquals(CompileFailure.TIMEOUT, new FaustRun(-1, LINE_ERROR + "\nstd::bad_alloc", true).failure());
        assertEquals(CompileFailure.TIMEOUT, new FaustRun(0, "", true).failure());
    }

    @Test
    void aTimeoutWinsOverAnErrorMessage() {
        assertEquals(CompileFailure.TIMEOUT, failure(142, LINE_ERROR));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            134 | terminate called after throwing an instance of 'std::bad_alloc'\\n  what():  std::bad_alloc
            134 | terminate called after throwing an instance of 'St9bad_alloc'\\n  what():  std::bad_alloc
            139 | mmap: Cannot allocate memory
            134 | LLVM ERROR: out of memory
            134 | terminate called: Resource temporarily unavailable
            """)
    void runningOutOfMemoryIsOutOfMemory(int exit, String stderr) {
        assertEquals(CompileFailure.OUT_OF_MEMORY, failure(exit, stderr.replace("\\n", "\n")));
    }

    @Test
    void exitOneWithAnErrorIsARejection() {
        assertEquals(CompileFailure.REJECTED, failure(1, LINE_ERROR));
        assertEquals(CompileFailure.REJECTED, failure(1, "ERROR : unable to open file /etc/passwd"));
        assertEquals(CompileFailure.REJECTED, failure(1, "ERROR in sequential composition A:B\nhas 1 output"));
    }

    @Test
    void exitOneWithoutAnErrorIsACrash() {
        assertEquals(CompileFailure.CRASHED, failure(1, ""));
        assertEquals(CompileFailure.CRASHED, failure(1, "something went wrong"));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 134, 136, 137, 139, 153, 255})
    void anyOtherEndingIsACrash(int exit) {
        assertEquals(CompileFailure.CRASHED, failure(exit, ""));
    }

    @Test
    void aSegfaultIsACrashEvenWhenItPrintedAnError() {
        assertEquals(CompileFailure.CRASHED, failure(139, LINE_ERROR));
        assertEquals(CompileFailure.CRASHED,
                failure(134, "terminate called after throwing an instance of 'faustexception'\n"
                        + "  what():  ERROR : eval not a valid route expression"));
    }

    // Regression: stderr quotes the user's program, so a rejected program whose slider label says "out of
    // memory" (exit status 1) must stay E016 with the real error, not become E018 (and, uncached, be
    // compiled again on every request).
    @ParameterizedTest
    @ValueSource(strings = {"out of memory", "Cannot allocate memory", "Resource temporarily unavailable"})
    void aRejectedProgramWhoseLabelMentionsMemoryIsStillRejected(String label) {
        String stderr = "ERROR in sequential composition A:B\n"
                + "The number of outputs [1] of A must be equal to the number of inputs [2] of B\n\n"
                + "Here  A = hslider(\"" + label + "\", 0.0f, 0.0f, 1.0f, 0.1f);\nhas 1 output\n\n"
                + "while B = _,_;\nhas 2 inputs\n";

        assertEquals(CompileFailure.REJECTED, failure(1, stderr));
    }

    @Test
    void eachFailureHasItsOwnCode() {
        assertEquals("E016", CompileFailure.REJECTED.code().id());
        assertEquals("E017", CompileFailure.TIMEOUT.code().id());
        assertEquals("E018", CompileFailure.OUT_OF_MEMORY.code().id());
        assertEquals("E019", CompileFailure.CRASHED.code().id());
    }
}
