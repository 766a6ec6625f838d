package dev.faustwire.session.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RackModelTest {
    private static final SlotSource SINE = new SlotSource(SlotSource.DSP, null, "process = os.osc(550) * 0.1;");
    private static final SlotSource FILTER = new SlotSource(SlotSource.PATCH, "half.json", "{\"boxes\": {}}");

    private final RackModel rack = new RackModel();

    @Test
    void idsAreNewEachTimeEvenAfterARemove() {
        RackSlot a = rack.add("a", SINE);
        RackSlot b = rack.add("b", SINE);
        assertEquals("slot-1", a.id());
        assertEquals("slot-2", b.id());
        rack.remove("slot-2");
        assertEquals("slot-3", rack.add("c", SINE).id(), "a removed id is not given again");
        assertEquals(List.of("slot-1", "slot-3"), ids());
    }

    @Test
    void theEditorSlotGoesFirst() {
        rack.add("a", SINE);
        rack.editor("untitled");
        assertEquals(List.of("editor", "slot-1"), ids());
        assertEquals("mine.json", rack.editor("mine.json").name(), "asked again, it is renamed, not added");
        assertEquals(2, rack.slots().size());
    }

    @Test
    void aRouteFromASlotIntoAnotherIsKept() {
        RackSlot a = rack.add("a", SINE);
        RackSlot b = rack.add("b", FILTER);
        rack.compiled(b.id(), 1);
        assertNull(rack.route(b.id(), a.id(), true));
        assertNull(rack.route(b.id(), RackRouting.INPUTS, true));
        assertNull(rack.route(b.id(), a.id(), true), "twice is once");
        assertEquals(List.of("slot-1", "inputs"), b.inputs());
        assertNull(rack.route(b.id(), RackRouting.INPUTS, false));
        assertEquals(List.of("slot-1"), b.inputs());
    }

    @Test
    void aRouteThatClosesALoopIsRefusedWithE041() {
        RackSlot a = rack.add("a", FILTER);
        RackSlot b = rack.add("b", FILTER);
        RackSlot c = rack.add("c", FILTER);
        for (RackSlot s : rack.slots()) {
            rack.compiled(s.id(), 1);
        }
        assertNull(rack.route(b.id(), a.id(), true)); // a -> b
        assertNull(rack.route(c.id(), b.id(), true)); // b -> c
        Diagnostic loop = rack.route(a.id(), c.id(), true); // c -> a would close a -> b -> c -> a
        assertNotNull(loop);
        assertEquals(Code.ROUTE_LOOPS, loop.code());
        assertEquals("slot-1", loop.boxId());
        assertEquals("routing slot-3 into slot-1 would loop: slot-1 -> slot-2 -> slot-3 -> slot-1", loop.message());
        assertEquals(List.of(), a.inputs(), "the matrix stays as it was");
        Diagnostic self = rack.route(a.id(), a.id(), true);
        assertEquals(Code.ROUTE_LOOPS, self.code(), "a slot into itself loops");
        assertNull(rack.route(c.id(), a.id(), true), "a -> c beside a -> b -> c is no loop");
    }

    @Test
    void withoutTheLoopCheckTheSameRouteWouldBeTaken() {
        Map<String, List<String>> inputs = new LinkedHashMap<>();
        inputs.put("b", List.of("a"));
        inputs.put("c", List.of("b"));
        assertEquals(List.of("a", "b", "c"), RackRouting.loopOf(inputs, "c", "a"));
        assertEquals(List.of(), RackRouting.loopOf(inputs, "a", "c"));
        assertEquals(List.of(), RackRouting.loopOf(inputs, "inputs", "a"));
    }

    @Test
    void aRouteIntoASlotWithoutInputsOrFromNowhereIsE044() {
        RackSlot a = rack.add("a", SINE);
        RackSlot b = rack.add("b", SINE);
        assertEquals(Code.ROUTE_NO_INPUTS, rack.route(b.id(), a.id(), true).code(), "b has no inputs");
        rack.compiled(b.id(), 2);
        assertEquals(Code.ROUTE_NO_INPUTS, rack.route(b.id(), "slot-9", true).code());
        assertEquals(Code.ROUTE_NO_INPUTS, rack.route("slot-9", a.id(), true).code());
    }

    @Test
    void removingASlotTakesItsRoutesAway() {
        RackSlot a = rack.add("a", SINE);
        RackSlot b = rack.add("b", FILTER);
        rack.compiled(b.id(), 1);
        rack.route(b.id(), a.id(), true);
        assertTrue(rack.remove(a.id()));
        assertFalse(rack.remove(a.id()));
        assertEquals(List.of(), b.inputs());
    }

    @Test
    void valuesLevelMuteAndRoutesAreKeptWhenWhatASlotPlaysIsReplaced() {
        RackSlot a = rack.add("a", SINE);
        RackSlot b = rack.add("b", FILTER);
        rack.compiled(b.id(), 1);
        rack.route(b.id(), a.id(), true);
        b.values().set("/main/freq", 660.0);
        rack.setMuted(b.id(), true);
        rack.setLevel(b.id(), 0.5);
        SlotSource other = new SlotSource(SlotSource.DSP, null, "process = _ * hslider(\"freq\", 440, 20, 2000, 1) / 1000;");
        rack.replace(b.id(), "other.dsp", other);
        assertEquals("other.dsp", b.name());
        assertEquals(other, b.source());
        assertEquals(660.0, b.values().get("/main/freq"));
        assertTrue(b.muted());
        assertEquals(0.5, b.level());
        assertEquals(List.of("slot-1"), b.inputs());
    }

    @Test
    void theLevelStaysWithinItsRange() {
        RackSlot a = rack.add("a", SINE);
        assertEquals(2.0, rack.setLevel(a.id(), 7));
        assertEquals(0.0, rack.setLevel(a.id(), -1));
        assertEquals(1.0, rack.setLevel(a.id(), Double.NaN));
        assertEquals(0.0, rack.setLevel("slot-9", 0.5));
    }

    @Test
    void theStateGoesRoundAndComesBackTheSame() {
        rack.editor("mine.json").values().set("/main/freq", 330.0);
        RackSlot a = rack.add("a", SINE);
        RackSlot b = rack.add("b", FILTER);
        rack.compiled(b.id(), 1);
        rack.route(b.id(), a.id(), true);
        rack.route(b.id(), "editor", true);
        a.values().set("/main/freq", 550.0);
        rack.setMuted(a.id(), true);
        rack.setLevel(b.id(), 0.25);
        rack.setPlaying(b.id(), false);
        rack.presets(a.id(), List.of(new Preset("low", Map.of("/main/freq", 110.0))));
        rack.audio(new AudioSettings(48000, "balanced", "dev-1"));
        LiveState saved = rack.state();

        RackModel again = new RackModel();
        again.editor("mine.json").values().set("/main/freq", 330.0);
        again.recall(saved, true);
        again.audio(saved.audio());
        again.editor("mine.json").editableInputs(); // the editor's own routes come from editorInputs
        assertEquals(List.of(), RackModel.editorInputs(saved));
        assertEquals(saved, again.state());
        assertEquals("slot-3", again.add("c", SINE).id(), "new ids go past the recalled ones");
    }

    @Test
    void anImportGetsNewIdsAndItsRoutesFollowThem() {
        RackSlot a = rack.add("a", SINE);
        RackSlot b = rack.add("b", FILTER);
        rack.compiled(b.id(), 1);
        rack.route(b.id(), a.id(), true);
        rack.route(b.id(), RackRouting.INPUTS, true);
        LiveState saved = rack.state();
        List<RackSlot> added = rack.recall(saved, false);
        assertEquals(List.of("slot-3", "slot-4"), List.of(added.get(0).id(), added.get(1).id()));
        assertEquals(List.of("slot-3", "inputs"), added.get(1).inputs(), "the copy takes the copy of a");
        assertEquals(4, rack.slots().size());
    }

    @Test
    void aRecalledStateThatLoopsLosesTheRouteThatClosesTheLoop() {
        SlotState a = new SlotState("slot-1", "a", FILTER, true, false, 1, List.of("slot-2"), Map.of(), List.of());
        SlotState b = new SlotState("slot-2", "b", FILTER, true, false, 1, List.of("slot-1"), Map.of(), List.of());
        rack.recall(new LiveState(List.of(a, b), AudioSettings.DEFAULT), true);
        assertEquals(List.of("slot-2"), rack.slot("slot-1").inputs());
        assertEquals(List.of(), rack.slot("slot-2").inputs());
    }

    private List<String> ids() {
        return rack.slots().stream().map(RackSlot::id).toList();
    }
}
