package dev.faustwire.session.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.session.audition.Control;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Morphing between two presets: lines, steps, toggles, addresses in one preset only, and random properties. */
class MorphTest {
    private static final Control FREQ = control(Control.Kind.HSLIDER, "/osc/freq", 20, 2000, 1);
    private static final Control GAIN = control(Control.Kind.VSLIDER, "/osc/gain", 0, 1, 0);
    private static final Control MODE = control(Control.Kind.NENTRY, "/osc/mode", 0, 10, 2);
    private static final Control GATE = control(Control.Kind.BUTTON, "/osc/gate", 0, 1, 1);
    private static final Control ON = control(Control.Kind.CHECKBOX, "/osc/on", 0, 1, 1);
    private static final List<Control> TREE = List.of(new Control(Control.Kind.VGROUP, "osc", "", 0, 0, 0, 0, "", false,
            "", List.of(FREQ, GAIN, MODE, GATE, ON)));

    private static final Preset A = new Preset("A", Map.of("/osc/freq", 220.0, "/osc/gain", 0.2, "/osc/mode", 0.0,
            "/osc/gate", 0.0, "/osc/on", 1.0, "/osc/onlyA", 5.0));
    private static final Preset B = new Preset("B", Map.of("/osc/freq", 880.0, "/osc/gain", 0.7, "/osc/mode", 10.0,
            "/osc/gate", 1.0, "/osc/on", 0.0, "/osc/onlyB", 7.0));

    @Test
    void halfWayIsTheMiddleOnTheStep() {
        Map<String, Double> half = Morph.between(A, B, 0.5, TREE);
        assertEquals(550.0, half.get("/osc/freq"));
        assertEquals(0.45, half.get("/osc/gain"));
        assertEquals(6.0, half.get("/osc/mode"), "5 rounds to the step of 2 from the minimum");
        assertEquals(1.0, half.get("/osc/gate"), "a toggle switches at 0.5");
        assertEquals(0.0, half.get("/osc/on"));
        assertEquals(5.0, half.get("/osc/onlyA"));
        assertEquals(7.0, half.get("/osc/onlyB"));
    }

    @Test
    void stepsAndToggles() {
        assertEquals(385.0, Morph.between(A, B, 0.25, TREE).get("/osc/freq"));
        assertEquals(220.0 + 660 * 0.333, Morph.between(A, B, 0.333, TREE).get("/osc/freq"), 0.5);
        assertEquals(439.0, Morph.between(A, B, 0.3325, TREE).get("/osc/freq"), "rounded to the step of 1");
        assertEquals(0.0, Morph.between(A, B, 0.49, TREE).get("/osc/gate"));
        assertEquals(1.0, Morph.between(A, B, 0.49, TREE).get("/osc/on"));
        assertEquals(2.0, Morph.between(A, B, 0.2, TREE).get("/osc/mode"));
    }

    @Test
    void theEndsAreThePresetsAndTIsClamped() {
        assertEquals(220.0, Morph.between(A, B, 0, TREE).get("/osc/freq"));
        assertEquals(880.0, Morph.between(A, B, 1, TREE).get("/osc/freq"));
        assertEquals(220.0, Morph.between(A, B, -3, TREE).get("/osc/freq"));
        assertEquals(880.0, Morph.between(A, B, 7, TREE).get("/osc/freq"));
        assertEquals(220.0, Morph.between(A, B, Double.NaN, TREE).get("/osc/freq"));
    }

    @Test
    void anAddressWithoutAControlMovesOnTheLine() {
        Preset a = new Preset("a", Map.of("/gone", 1.0));
        Preset b = new Preset("b", Map.of("/gone", 2.0));
        assertEquals(1.25, Morph.between(a, b, 0.25, List.of()).get("/gone"));
    }

    @Test
    void randomMorphsStayBetweenThePresetsOnTheStepAndMoveOneWay() {
        Random random = new Random(550);
        for (int i = 0; i < 2000; i++) {
            double step = random.nextInt(4) == 0 ? 0 : new double[] {0.01, 0.5, 1, 5}[random.nextInt(4)];
            Control c = control(Control.Kind.HSLIDER, "/x", -100, 100, step);
            double from = c.snap(-100 + 200 * random.nextDouble());
            double to = c.snap(-100 + 200 * random.nextDouble());
            Preset a = new Preset("a", Map.of("/x", from));
            Preset b = new Preset("b", Map.of("/x", to));
            double previous = from;
            for (int k = 0; k <= 20; k++) {
                double v = Morph.between(a, b, k / 20.0, List.of(c)).get("/x");
                assertTrue(v >= Math.min(from, to) - 1e-9 && v <= Math.max(from, to) + 1e-9, v + " outside " + from + ".." + to);
                if (step > 0) {
                    double steps = (v + 100) / step;
                    assertEquals(Math.round(steps), steps, 1e-6, "on the step " + step);
                }
                assertTrue(to >= from ? v >= previous - 1e-9 : v <= previous + 1e-9, "monotone");
                previous = v;
            }
            assertEquals(to, previous);
            Map<String, Double> expectedKeys = new LinkedHashMap<>(a.values());
            assertEquals(expectedKeys.keySet(), Morph.between(a, b, random.nextDouble(), List.of(c)).keySet());
        }
    }

    private static Control control(Control.Kind kind, String address, double min, double max, double step) {
        return new Control(kind, address.substring(address.lastIndexOf('/') + 1), address, min, min, max, step, "", false,
                "", List.of());
    }
}
