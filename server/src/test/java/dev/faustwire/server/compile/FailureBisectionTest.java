package dev.faustwire.server.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.server.toolchain.CompileFailure;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.DspDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** {@link FailureBisection} against a compiler stand-in whose failure depends on chosen definitions. */
class FailureBisectionTest {
    private static final CompileOutcome.Failed DIVISION =
            new CompileOutcome.Failed(CompileFailure.REJECTED, "ERROR : division by 0 in 1 / 0", "exit status 1");

    /** The program of a chain of {@code n} boxes {@code + 1}, box-1 to box-n, into out 1: one line each. */
    private static Program program(int n) {
        StringBuilder boxes = new StringBuilder("\"box-out\": {\"text\": \"out 1\"}");
        StringBuilder lines = new StringBuilder("\"line-out\": {\"src\": [\"box-" + n + "\", 0], \"dest\": [\"box-out\", 0]}");
        for (int i = 1; i <= n; i++) {
            boxes.append(", \"box-").append(i).append("\": {\"text\": \"+ 1\"}");
            if (i > 1) {
                lines.append(", \"line-").append(i).append("\": {\"src\": [\"box-").append(i - 1)
                        .append("\", 0], \"dest\": [\"box-").append(i).append("\", 0]}");
            }
        }
        Program program = Programs.ofPatch("{\"boxes\": {" + boxes + "}, \"lines\": {" + lines + "}}", "bisect");
        assertTrue(program.code().contains("  Add_2_0 = Add_1_0 + 1;\n"), program.code());
        return program;
    }

    /** A compiler stand-in that fails while the program holds every line the predicate names, and counts its runs. */
    private static final class Stand implements Function<Program, CompileOutcome> {
        private final Predicate<String> fails;
        private final CompileOutcome.Failed failure;
        private final List<String> seen = new ArrayList<>();

        Stand(Predicate<String> fails, CompileOutcome.Failed failure) {
            this.fails = fails;
            this.failure = failure;
        }

        @Override
        public CompileOutcome apply(Program program) {
            seen.add(program.code());
            return fails.test(program.code()) ? failure
                    : new CompileOutcome.Compiled(new byte[0], (DspDescription) null);
        }
    }

    @Test
    void findsTheFirstDefinitionWhoseReplacementRemovesTheFailure() {
        Program program = program(300);
        Stand compiler = new Stand(code -> code.contains("Add_217_0 = Add_216_0 + 1;"), DIVISION);

        FailureBisection.Culprit culprit = FailureBisection.find(program, DIVISION, compiler);

        assertEquals(new FailureBisection.Culprit("box-217", "Add_217_0"), culprit);
        assertTrue(compiler.seen.size() <= 1 + 9, "about log2(300) compiles, not " + compiler.seen.size());
        assertTrue(compiler.seen.get(0).contains("  Add_217_0 = 1;\n"), "the first try replaces every definition");
        assertTrue(compiler.seen.stream().allMatch(code -> code.contains("  Out_1 = Add_300_0;\n")),
                "the outputs of the program are never replaced");
    }

    @Test
    void whenSeveralDefinitionsAreNeededTheFirstInOrderIsTheCulprit() {
        Stand compiler = new Stand(code -> code.contains("Add_40_0 = Add_39_0") && code.contains("Add_41_0 = Add_40_0"),
                DIVISION);

        assertEquals("box-40", FailureBisection.find(program(64), DIVISION, compiler).boxId());
    }

    @Test
    void aFailureThatStaysWithEveryDefinitionReplacedHasNoCulprit() {
        Stand compiler = new Stand(code -> true, DIVISION);

        assertNull(FailureBisection.find(program(20), DIVISION, compiler));
        assertEquals(1, compiler.seen.size());
    }

    @Test
    void anotherErrorInAVariantCountsAsTheFailureGone() {
        CompileOutcome.Failed other = new CompileOutcome.Failed(CompileFailure.REJECTED,
                "ERROR : possible negative values of : int(IN[0])", "exit status 1");
        Function<Program, CompileOutcome> compiler =
                program -> program.code().contains("Add_5_0 = Add_4_0 + 1;") ? DIVISION : other;

        assertEquals("box-5", FailureBisection.find(program(12), DIVISION, compiler).boxId());
    }

    @Test
    void aVariantThatTimesOutEndsTheSearchWithNoBox() {
        CompileOutcome.Failed timeout = new CompileOutcome.Failed(CompileFailure.TIMEOUT, "", "killed after 10 s");
        Stand compiler = new Stand(code -> true, timeout);

        assertNull(FailureBisection.find(program(12), DIVISION, compiler));
    }

    @Test
    void aBusyServerEndsTheSearch() {
        Function<Program, CompileOutcome> busy = program -> {
            throw new ServerBusyException(1);
        };

        assertThrows(ServerBusyException.class, () -> FailureBisection.find(program(12), DIVISION, busy));
    }

    @Test
    void theSearchStopsAfterItsBudgetOfCompiles() {
        Stand compiler = new Stand(code -> code.contains("Add_9999_0 = Add_9998_0"), DIVISION);

        FailureBisection.Culprit culprit = FailureBisection.find(program(20_000), DIVISION, compiler);

        assertNull(culprit, "15 halvings would be needed");
        assertEquals(FailureBisection.MAX_COMPILES, compiler.seen.size());
    }

    // Issue 14: a crashing 10,000-box chain cost 70 s of bisection; the search also stops at its deadline.
    @Test
    void theSearchStartsNoCompilePastItsDeadline() {
        Stand compiler = new Stand(code -> {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return code.contains("Add_217_0 = Add_216_0 + 1;");
        }, DIVISION);

        long start = System.nanoTime();
        FailureBisection.Culprit culprit = FailureBisection.find(program(300), DIVISION, compiler, start + 400_000_000L);
        double seconds = (System.nanoTime() - start) / 1e9;

        assertNull(culprit, "the search ran out of time");
        assertTrue(compiler.seen.size() <= 3, "compiles after the deadline: " + compiler.seen.size());
        assertTrue(seconds < 1, "took " + seconds + " s");
    }

    @Test
    void aHandWrittenProgramHasNoBoxesToBlame() {
        Stand compiler = new Stand(code -> true, DIVISION);

        assertNull(FailureBisection.find(Program.ofDsp("main", "process = 1 / 0;"), DIVISION, compiler));
        assertEquals(0, compiler.seen.size());
    }

    @Test
    void failuresAreTheSameByTheirWordsBeforeAnySignalOrByTheAssertTheyHit() {
        assertEquals("can't compute the min and max values of",
                FailureBisection.signature("ERROR : can't compute the min and max values of : int(IN[0])\n   used in"));
        assertEquals("division by 0 in 1 / 0", FailureBisection.signature("ERROR : division by 0 in 1 / 0"));
        assertEquals("ASSERT : please report (file: wasm_instructions.hh, line: 921",
                FailureBisection.signature("ASSERT : please report (file: wasm_instructions.hh, line: 921, version: 2.54.9)"));
    }
}
