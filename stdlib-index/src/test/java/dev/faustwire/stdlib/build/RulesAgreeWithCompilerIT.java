package dev.faustwire.stdlib.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.stdlib.Arity;
import dev.faustwire.stdlib.LibraryFunction;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the committed index, evaluated at arguments its fit never used (6 for one constant,
 * uneven values such as 3, 2 for several), against what the compiler reports for that call.
 */
class RulesAgreeWithCompilerIT {

    @Test
    void everyRuleHoldsAtArgumentsTheFitDidNotUse() throws Exception {
        FaustProbe probe = FaustProbe.installed();
        List<LibraryFunction> ruled = new ArrayList<>();
        for (LibraryFunction f : BundledIndex.get().functions()) {
            if (f.arity() instanceof Arity.Rule) {
                ruled.add(f);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<String> disagreements = new ArrayList<>();
        int checked = 0;
        int refused = 0;
        try {
            List<Future<String>> results = new ArrayList<>();
            for (LibraryFunction f : ruled) {
                results.add(pool.submit(() -> check(f, probe)));
            }
            for (Future<String> result : results) {
                String outcome = result.get();
                if (outcome.startsWith("refused")) {
                    refused++;
                } else if (!outcome.isEmpty()) {
                    disagreements.add(outcome);
                } else {
                    checked++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("rules checked against the compiler: " + checked + " agree, " + refused
                + " refuse the unused arguments, " + disagreements.size() + " disagree");
        assertEquals(List.of(), disagreements);
        assertTrue(checked >= ruled.size() * 3 / 4, checked + " of " + ruled.size() + " rules could be checked");
    }

    /**
     * Empty when the rule agrees, "refused ..." when the compiler refuses every argument list
     * tried, else the disagreement. One constant is tried at 6 and 7; several rising (1, 3, 5,
     * ...), falling (..., 5, 3, 1) or uneven (3, 2, 3, ...), the first the compiler accepts. Rising
     * comes first: an index below a count ({@code ba.selector(I, N)}) is the common constraint, and
     * outside it a function may compile to something else (ba.selector(3, 2) has no output).
     */
    private static String check(LibraryFunction f, FaustProbe probe) {
        int k = ((Arity.Rule) f.arity()).constants();
        String refusal = "";
        for (List<String> args : candidates(k)) {
            String call = f.name() + "(" + String.join(",", args) + ")";
            FaustProbe.Answer answer = probe.probe(call);
            if (!answer.ok()) {
                refusal = "refused " + call + ": " + answer.error();
                continue;
            }
            LibraryFunction.Application application = f.apply(args);
            int expectedInputs = application.slots() - k;
            if (!application.known() || expectedInputs != answer.inputs() || application.outlets() != answer.outputs()) {
                return call + ": the rule says " + (application.known() ? expectedInputs + " in, " + application.outlets()
                        + " out" : application.problem()) + "; faust says " + answer.inputs() + " in, " + answer.outputs() + " out";
            }
            return "";
        }
        return refusal;
    }

    private static List<List<String>> candidates(int k) {
        if (k == 1) {
            return List.of(List.of("6"), List.of("7"));
        }
        List<String> uneven = new ArrayList<>();
        List<String> rising = new ArrayList<>();
        List<String> falling = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            uneven.add(i % 2 == 0 ? "3" : "2");
            rising.add(Integer.toString(2 * i + 1));
            falling.add(Integer.toString(2 * (k - i) - 1));
        }
        return List.of(rising, falling, uneven);
    }
}
