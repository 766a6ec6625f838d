package dev.faustwire.session.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.session.audition.Control;
import dev.faustwire.session.audition.Controls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What a new preset keeps: every control at the value it shows, from the compiled DSP's UI JSON as Faust writes it. */
class PresetValuesTest {
    private static final String DSP_JSON = """
            {"name": "osc", "ui": [{"type": "vgroup", "label": "osc", "items": [
              {"type": "hslider", "label": "freq", "address": "/osc/freq", "init": 440, "min": 20, "max": 2000, "step": 1},
              {"type": "nentry", "label": "gain", "address": "/osc/gain", "init": 0.1, "min": 0, "max": 1, "step": 0.01},
              {"type": "checkbox", "label": "on", "address": "/osc/on"},
              {"type": "button", "label": "gate", "address": "/osc/gate"},
              {"type": "hbargraph", "label": "level", "address": "/osc/level", "min": -1, "max": 1}
            ]}]}
            """;
    private static final List<Control> TREE = Controls.read(DSP_JSON);

    @Test
    void untouchedControlsKeepTheirInitialValueAndBargraphsAreLeftOut() {
        Map<String, Double> values = Presets.valuesNow(Map.of("/osc/freq", 220.0), TREE);
        assertEquals(List.of("/osc/freq", "/osc/gain", "/osc/on", "/osc/gate"), new ArrayList<>(values.keySet()));
        assertEquals(220.0, values.get("/osc/freq"));
        assertEquals(0.1, values.get("/osc/gain"));
        assertEquals(0.0, values.get("/osc/on"));
        assertFalse(values.containsKey("/osc/level"));
    }

    @Test
    void setValuesAreShownWithinTheRangeOnTheStep() {
        Map<String, Double> values = Presets.valuesNow(Map.of("/osc/freq", 5000.0, "/osc/gain", 0.123), TREE);
        assertEquals(2000.0, values.get("/osc/freq"));
        assertEquals(0.12, values.get("/osc/gain"));
    }

    @Test
    void valuesOfControlsTheDspNoLongerHasAreKeptAfterTheOthers() {
        Map<String, Double> set = new LinkedHashMap<>();
        set.put("/old/cutoff", 900.0);
        set.put("/osc/freq", 330.0);
        Map<String, Double> values = Presets.valuesNow(set, TREE);
        assertEquals(List.of("/osc/freq", "/osc/gain", "/osc/on", "/osc/gate", "/old/cutoff"), new ArrayList<>(values.keySet()));
        assertEquals(900.0, values.get("/old/cutoff"));
    }

    @Test
    void beforeTheDspIsKnownThePresetIsWhatWasSet() {
        assertEquals(Map.of("/x", 1.0), Presets.valuesNow(Map.of("/x", 1.0), List.of()));
    }

    @Test
    void randomPresetsMorphIntoValuesEachControlCanShow() {
        Random random = new Random(2024);
        List<Control> controls = Controls.flatten(TREE);
        for (int i = 0; i < 1000; i++) {
            Map<String, Double> setA = new LinkedHashMap<>();
            Map<String, Double> setB = new LinkedHashMap<>();
            for (Control c : controls) {
                setA.put(c.address(), c.min() - 10 + random.nextDouble() * (c.max() - c.min() + 20));
                setB.put(c.address(), c.min() - 10 + random.nextDouble() * (c.max() - c.min() + 20));
            }
            Preset a = new Preset("a", Presets.valuesNow(setA, TREE));
            Preset b = new Preset("b", Presets.valuesNow(setB, TREE));
            double t = random.nextDouble();
            Map<String, Double> between = Morph.between(a, b, t, TREE);
            for (Control c : controls) {
                if (c.kind().isBargraph()) {
                    assertFalse(between.containsKey(c.address()));
                    continue;
                }
                double v = between.get(c.address());
                assertEquals(c.snap(v), v, 1e-9, c.address() + " at t = " + t + " is a value the control shows");
                if (c.kind() == Control.Kind.BUTTON || c.kind() == Control.Kind.CHECKBOX) {
                    assertEquals(t < 0.5 ? a.values().get(c.address()) : b.values().get(c.address()), v);
                }
            }
            SlotState slot = Presets.add(Presets.add(new SlotState("editor", "osc", new SlotSource("dsp", null, ""), true,
                    false, 1, List.of(), between, List.of()), "a", a.values()).slot(), "b", b.values()).slot();
            LiveState state = new LiveState(List.of(slot), AudioSettings.DEFAULT);
            assertTrue(LiveStateFormat.read(LiveStateFormat.write(state)).ok(), "presets made this way are saved and read");
        }
    }
}
