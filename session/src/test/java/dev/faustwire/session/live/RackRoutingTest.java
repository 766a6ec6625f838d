package dev.faustwire.session.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RackRoutingTest {
    private final Map<String, List<String>> inputs = new LinkedHashMap<>();

    @Test
    void aSlotIntoItselfIsALoopOfOne() {
        assertEquals(List.of("a"), RackRouting.loopOf(inputs, "a", "a"));
    }

    @Test
    void nothingRoutedIsNoLoop() {
        assertEquals(List.of(), RackRouting.loopOf(inputs, "a", "b"));
    }

    @Test
    void aDirectRouteBackIsALoopOfTwo() {
        inputs.put("a", List.of("b")); // b feeds a
        assertEquals(List.of("b", "a"), RackRouting.loopOf(inputs, "a", "b"), "a into b would loop: b -> a -> b");
        assertEquals(List.of(), RackRouting.loopOf(inputs, "b", "a"), "b into a again is the route there is");
    }

    @Test
    void aLongChainIsFoundWholeInOrder() {
        inputs.put("b", List.of("a"));
        inputs.put("c", List.of("b"));
        inputs.put("d", List.of("c"));
        assertEquals(List.of("a", "b", "c", "d"), RackRouting.loopOf(inputs, "d", "a"));
        assertEquals("a -> b -> c -> d", RackRouting.describe(RackRouting.loopOf(inputs, "d", "a")));
    }

    @Test
    void aDiamondIsNoLoopButClosingItIs() {
        inputs.put("b", List.of("a"));
        inputs.put("c", List.of("a"));
        inputs.put("d", List.of("b", "c"));
        assertEquals(List.of(), RackRouting.loopOf(inputs, "a", "d"), "a into d beside b and c: still no loop");
        assertEquals(List.of("a", "b", "d"), RackRouting.loopOf(inputs, "d", "a"), "the first chain found is named");
    }

    @Test
    void thePageInputsAndTheEditorAreSourcesLikeOthers() {
        inputs.put("editor", List.of("inputs", "slot-1"));
        inputs.put("slot-1", List.of("inputs"));
        assertEquals(List.of(), RackRouting.loopOf(inputs, "inputs", "slot-1"));
        assertEquals(List.of("slot-1", "editor"), RackRouting.loopOf(inputs, "editor", "slot-1"));
    }

    @Test
    void aLoopAlreadyThereDoesNotHangTheSearch() {
        inputs.put("a", List.of("b"));
        inputs.put("b", List.of("a"));
        assertEquals(List.of(), RackRouting.loopOf(inputs, "a", "c"));
        assertEquals(List.of("c", "a"), RackRouting.loopOf(withC(), "a", "c"));
    }

    @Test
    void anEmptyChainReadsEmpty() {
        assertEquals("", RackRouting.describe(List.of()));
        assertEquals("inputs", RackRouting.INPUTS);
    }

    private Map<String, List<String>> withC() {
        Map<String, List<String>> more = new LinkedHashMap<>(inputs);
        more.put("a", List.of("b", "c"));
        return more;
    }
}
