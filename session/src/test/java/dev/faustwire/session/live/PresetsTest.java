package dev.faustwire.session.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Adding, renaming and removing a slot's presets keeps names unique and refuses with E048. */
class PresetsTest {
    private static final SlotState SLOT = new SlotState("editor", "osc", new SlotSource("patch", null, "{}"), true, false, 1,
            List.of(), Map.of("/osc/freq", 440.0), List.of());

    @Test
    void addsInOrderWithTrimmedNames() {
        SlotState one = Presets.add(SLOT, " A ", Map.of("/osc/freq", 220.0)).slot();
        SlotState two = Presets.add(one, "B", Map.of("/osc/freq", 880.0)).slot();
        assertEquals(List.of("A", "B"), two.presets().stream().map(Preset::name).toList());
        assertEquals(880.0, Presets.find(two, "B").values().get("/osc/freq"));
        assertEquals(SLOT.values(), two.values());
    }

    @Test
    void aTakenOrEmptyNameIsRefused() {
        SlotState one = Presets.add(SLOT, "A", Map.of()).slot();
        for (String name : new String[] {"A", " A", "", "   ", null}) {
            Presets.Change change = Presets.add(one, name, Map.of("/x", 1.0));
            assertFalse(change.ok(), "" + name);
            assertEquals(Code.PRESET_NAME_INVALID, change.problem().code());
            assertEquals("editor", change.problem().boxId());
            assertSame(one, change.slot());
        }
    }

    @Test
    void renamesInPlaceAndRefusesATakenName() {
        SlotState s = Presets.add(Presets.add(Presets.add(SLOT, "A", Map.of()).slot(), "B", Map.of()).slot(), "C",
                Map.of("/c", 3.0)).slot();
        SlotState renamed = Presets.rename(s, "B", "bright").slot();
        assertEquals(List.of("A", "bright", "C"), renamed.presets().stream().map(Preset::name).toList());
        assertEquals(Code.PRESET_NAME_INVALID, Presets.rename(s, "B", "C").problem().code());
        assertEquals(Code.PRESET_NAME_INVALID, Presets.rename(s, "Z", "Y").problem().code());
        assertTrue(Presets.rename(s, "B", "B").ok());
        assertEquals(3.0, Presets.find(Presets.rename(s, "C", "c2").slot(), "c2").values().get("/c"));
    }

    @Test
    void removesOneAndRefusesAMissingOne() {
        SlotState s = Presets.add(Presets.add(SLOT, "A", Map.of()).slot(), "B", Map.of()).slot();
        SlotState removed = Presets.remove(s, "A").slot();
        assertEquals(List.of("B"), removed.presets().stream().map(Preset::name).toList());
        assertNull(Presets.find(removed, "A"));
        assertFalse(Presets.remove(removed, "A").ok());
    }

    @Test
    void randomEditsNeverMakeTwoPresetsWithOneName() {
        Random random = new Random(48);
        SlotState s = SLOT;
        List<String> names = List.of("a", "b", "c", "d", " a", "");
        for (int i = 0; i < 5000; i++) {
            String name = names.get(random.nextInt(names.size()));
            String other = names.get(random.nextInt(names.size()));
            Presets.Change change = switch (random.nextInt(3)) {
                case 0 -> Presets.add(s, name, Map.of("/v", (double) i));
                case 1 -> Presets.rename(s, name, other);
                default -> Presets.remove(s, name);
            };
            assertTrue(change.ok() || change.slot() == s);
            s = change.slot();
            List<String> now = new ArrayList<>();
            for (Preset p : s.presets()) {
                now.add(p.name());
                assertFalse(p.name().isEmpty());
            }
            assertEquals(now.size(), new LinkedHashSet<>(now).size(), now::toString);
            assertTrue(LiveStateFormat.read(LiveStateFormat.write(new LiveState(List.of(s), AudioSettings.DEFAULT))).ok());
        }
    }
}
