package dev.faustwire.stdlib.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.stdlib.Arity;
import dev.faustwire.stdlib.LibraryFunction;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Functions whose channels no rule captured get them from the real compiler, once per distinct call. */
class OnDemandArityIT {

    @Test
    void asksTheCompilerOnceAndRemembers() {
        LibraryFunction analyzer = BundledIndex.get().lookup("an.mth_octave_analyzer");
        Arity.OnDemand arity = assertInstanceOf(Arity.OnDemand.class, analyzer.arity());
        assertEquals(4, arity.constants());
        OnDemandArity onDemand = new OnDemandArity(FaustProbe.installed());
        LibraryFunction.Application first = onDemand.apply(analyzer, Arrays.asList("3", "2", "10000", "3"));
        FaustProbe.Answer direct = FaustProbe.installed().probe("an.mth_octave_analyzer(3,2,10000,3)");
        assertTrue(first.known(), first.problem());
        assertEquals(4 + direct.inputs(), first.slots());
        assertEquals(direct.outputs(), first.outlets());
        assertEquals(first, onDemand.apply(analyzer, Arrays.asList("3", "2", "10000", "3", null)));
        assertEquals(1, onDemand.compiled());
    }

    @Test
    void missingConstantsAndRefusedCallsAreProblemsNotCrashes() {
        LibraryFunction analyzer = BundledIndex.get().lookup("an.mth_octave_analyzer");
        OnDemandArity onDemand = new OnDemandArity(FaustProbe.installed());
        LibraryFunction.Application missing = onDemand.apply(analyzer, Arrays.asList("3", null));
        assertFalse(missing.known());
        assertTrue(missing.problem().contains("first 4"), missing.problem());
        assertEquals(0, onDemand.compiled());
        LibraryFunction.Application refused = onDemand.apply(analyzer, Arrays.asList("0", "0", "0", "0"));
        assertFalse(refused.known());
        assertTrue(refused.problem().contains("does not compile"), refused.problem());
    }

    @Test
    void rulesAndFixedAritiesNeedNoCompiler() {
        OnDemandArity onDemand = new OnDemandArity(FaustProbe.installed());
        assertEquals(6, onDemand.apply(BundledIndex.get().lookup("si.bus"), Arrays.asList("5")).slots());
        assertEquals(5, onDemand.apply(BundledIndex.get().lookup("en.adsr"), Arrays.asList()).slots());
        assertEquals(0, onDemand.compiled());
    }
}
