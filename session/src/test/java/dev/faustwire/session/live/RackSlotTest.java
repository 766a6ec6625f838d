package dev.faustwire.session.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RackSlotTest {
    private static final SlotSource SOURCE = new SlotSource(SlotSource.DSP, "a.dsp", "process = _;");
    private final RackModel rack = new RackModel();

    @Test
    void aNewSlotPlaysAtUnityUnmutedWithNothingRouted() {
        RackSlot s = rack.add("a.dsp", SOURCE);
        assertTrue(s.playing());
        assertFalse(s.muted());
        assertEquals(1.0, s.level());
        assertEquals(List.of(), s.inputs());
        assertEquals(Map.of(), s.values().all());
        assertEquals(List.of(), s.presets());
        assertEquals(0, s.inputCount());
        assertEquals(SOURCE, s.source());
    }

    @Test
    void itsStateIsWhatItHolds() {
        RackSlot s = rack.add("a.dsp", SOURCE);
        rack.compiled(s.id(), 1);
        rack.route(s.id(), RackRouting.INPUTS, true);
        s.values().set("/a/gain", 0.25);
        s.values().set("/a/freq", 220.0);
        rack.setPlaying(s.id(), false);
        SlotState state = s.state();
        assertEquals("slot-1", state.id());
        assertEquals("a.dsp", state.name());
        assertFalse(state.playing());
        assertEquals(List.of("inputs"), state.inputs());
        assertEquals(List.of("/a/gain", "/a/freq"), List.copyOf(state.values().keySet()), "in the order first set");
    }

    @Test
    void theInputsListGivenOutIsACopy() {
        RackSlot s = rack.add("a.dsp", SOURCE);
        rack.compiled(s.id(), 1);
        rack.route(s.id(), RackRouting.INPUTS, true);
        List<String> given = s.inputs();
        rack.route(s.id(), RackRouting.INPUTS, false);
        assertEquals(List.of("inputs"), given);
        assertEquals(List.of(), s.inputs());
    }

    @Test
    void changesToASlotThatIsNotThereDoNothing() {
        rack.setPlaying("slot-7", false);
        rack.setMuted("slot-7", true);
        rack.compiled("slot-7", 2);
        rack.replace("slot-7", "x", SOURCE);
        rack.presets("slot-7", List.of());
        assertNull(rack.slot("slot-7"));
        assertEquals(List.of(), rack.slots());
        assertEquals(Code.ROUTE_NO_INPUTS, rack.route("slot-7", "inputs", true).code());
    }

    @Test
    void theEditorsSlotLeavingTakesItsRoutesIntoOthers() {
        rack.editor("untitled");
        RackSlot filter = rack.add("half.json", SOURCE);
        rack.compiled(filter.id(), 1);
        assertNull(rack.route(filter.id(), RackModel.EDITOR, true));
        assertTrue(rack.remove(RackModel.EDITOR));
        assertEquals(List.of(), filter.inputs());
    }

    @Test
    void slotNumbersReadOnlyFromTheirOwnForm() {
        assertEquals(12, RackModel.numberOf("slot-12"));
        assertEquals(0, RackModel.numberOf("editor"));
        assertEquals(0, RackModel.numberOf("slot-1x"));
        assertEquals(0, RackModel.numberOf("slot-99999999999"));
    }

    @Test
    void aRecallWithIdsTakenGivesNewOnes() {
        rack.add("a", SOURCE);
        SlotState again = new SlotState("slot-1", "b", SOURCE, true, false, 0.5, List.of("nowhere"), Map.of("/x", 1.0),
                List.of(new Preset("p", Map.of("/x", 2.0))));
        List<RackSlot> added = rack.recall(new LiveState(List.of(again), AudioSettings.DEFAULT), true);
        assertEquals("slot-2", added.get(0).id(), "slot-1 is taken");
        assertEquals(List.of(), added.get(0).inputs(), "a source that is in no rack is dropped");
        assertEquals(0.5, added.get(0).level());
        assertEquals(1.0, added.get(0).values().get("/x"));
        assertEquals("p", added.get(0).presets().get(0).name());
    }

    @Test
    void theEditorsOwnRoutesAreReadFromAState() {
        SlotState editor = new SlotState(RackModel.EDITOR, "untitled", SOURCE, true, false, 1, List.of("inputs", "slot-1"),
                Map.of(), List.of());
        assertEquals(List.of("inputs", "slot-1"), RackModel.editorInputs(new LiveState(List.of(editor),
                AudioSettings.DEFAULT)));
        assertEquals(List.of(), rack.recall(new LiveState(List.of(editor), AudioSettings.DEFAULT), true),
                "the editor's slot is the editor's to open");
    }
}
