package dev.faustwire.stdlib.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.faustwire.stdlib.Arity;
import dev.faustwire.stdlib.Polynomial;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A function fitted with fewer constants than parameters is also compiled with all of them, for its state. */
class FullCallStateTest {
    private static final FaustProbe.Answer STATELESS = new FaustProbe.Answer(true, 1, 0, "", CompiledState.STATELESS);
    private static final FaustProbe.Answer STATEFUL = new FaustProbe.Answer(true, 0, 1, "", CompiledState.STATEFUL);
    private static final FaustProbe.Answer FAILS = new FaustProbe.Answer(false, -1, -1, "some error");

    @Test
    void aPartialApplicationWithoutStateIsCompiledWhole() {
        List<String> asked = new ArrayList<>();
        ArityFitter fitter = new ArityFitter(call -> {
            asked.add(call);
            if (call.equals("no.noises(2,1)")) {
                return STATEFUL;
            }
            return call.matches("no\\.noises\\([0-9]+\\)") ? STATELESS : FAILS;
        });
        ArityFitter.Outcome outcome = fitter.fit("no.noises", List.of("N", "i"));
        assertEquals(new Arity.Rule(1, Polynomial.constant(1), Polynomial.constant(0)), outcome.arity());
        assertEquals(CompiledState.STATEFUL, outcome.state(), asked.toString());
    }

    @Test
    void zerosWhenOnesDoNotCompile() {
        ArityFitter fitter = new ArityFitter(call -> switch (call) {
            case "ba.selectn", "ba.selectn(2,1)" -> FAILS;
            case "ba.selectn(2,0)" -> STATEFUL;
            default -> call.matches("ba\\.selectn\\([0-9]+\\)") ? STATELESS : FAILS;
        });
        assertEquals(CompiledState.STATEFUL, fitter.fit("ba.selectn", List.of("N", "i")).state());
    }

    @Test
    void aFullCallOutOfTimeLeavesTheStateUnknown() {
        FaustProbe.Answer slow = new FaustProbe.Answer(false, -1, -1, "timeout after 60 s");
        ArityFitter fitter = new ArityFitter(call -> call.equals("no.noises(2,1)") ? slow
                : call.matches("no\\.noises\\([0-9]+\\)") ? STATELESS : FAILS);
        assertEquals(CompiledState.UNKNOWN, fitter.fit("no.noises", List.of("N", "i")).state());
    }

    @Test
    void theFullCallKeepsTheFittedConstants() {
        Map<String, FaustProbe.Answer> answers = Map.of("fd.f(3)", STATELESS, "fd.f(2)", STATELESS, "fd.f(2,2)", FAILS);
        Arity rule = new Arity.Rule(1, Polynomial.constant(1), Polynomial.constant(1));
        assertEquals("fd.f(2,1,1)", ArityFitter.fullCall("fd.f", rule, 3, answers, "1"));
        assertNull(ArityFitter.fullCall("fd.f", rule, 1, answers, "1"), "no parameter left");
        assertNull(ArityFitter.fullCall("fd.f", new Arity.Fixed(1, 1), 3, answers, "1"), "a fixed arity is the whole call");
    }
}
