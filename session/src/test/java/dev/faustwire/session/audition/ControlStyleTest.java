package dev.faustwire.session.audition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.session.audition.ControlStyle.Choice;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Faust's {@code [style:...]} metadata: knob, menu and radio with their choices, and what does not read. */
class ControlStyleTest {
    @Test
    void knobLedAndNumericalAreNamesOnly() {
        assertTrue(ControlStyle.parse("knob").knob());
        assertEquals("led", ControlStyle.parse("led").name());
        assertEquals("numerical", ControlStyle.parse(" numerical ").name());
        assertFalse(ControlStyle.parse("knob{x}").knob());
    }

    @Test
    void aMenuHasItsLabelledValuesInOrder() {
        ControlStyle menu = ControlStyle.parse("menu{'Sine':0;'Saw tooth':1;'Noise':2.5}");
        assertEquals("menu", menu.name());
        assertTrue(menu.chooser());
        assertEquals(List.of(new Choice("Sine", 0), new Choice("Saw tooth", 1), new Choice("Noise", 2.5)),
                menu.choices());
        ControlStyle radio = ControlStyle.parse("radio{'a':-1; 'b':1}");
        assertEquals(List.of(new Choice("a", -1), new Choice("b", 1)), radio.choices());
    }

    @Test
    void whatDoesNotReadIsNoStyle() {
        for (String bad : List.of("", "menu", "menu{}", "menu{'a'}", "menu{'a':x}", "menu{a:1}", "menu{'a':1",
                "slider", "radio{'unclosed:1}")) {
            assertEquals(ControlStyle.NONE.name(), bad.equals("menu{}") ? "" : ControlStyle.parse(bad).name(), bad);
            assertFalse(ControlStyle.parse(bad).chooser(), bad);
        }
    }

    @Test
    void theStyleIsReadFromTheUiJson() {
        String json = """
                {"name": "main", "ui": [ {"type": "vgroup","label": "main","items": [ {"type": "nentry","label": "x",\
                "shortname": "x","address": "/main/x","index": 0,"meta": [{ "style": "menu{'a':0;'b':1}" }],\
                "init": 0,"min": 0,"max": 1,"step": 1},{"type": "hslider","label": "g","shortname": "g",\
                "address": "/main/g","index": 4,"meta": [{ "style": "knob" }],"init": 0.5,"min": 0,"max": 1,\
                "step": 0.01}]}]}
                """;
        List<Control> controls = Controls.flatten(Controls.read(json));
        assertEquals(List.of(new Choice("a", 0), new Choice("b", 1)), controls.get(0).look().choices());
        assertTrue(controls.get(1).look().knob());
        assertEquals("", Controls.flatten(Controls.read(ControlsTest.JSON)).get(0).style());
    }

    @Test
    void theChoiceShownIsTheNearestValue() {
        ControlStyle radio = ControlStyle.parse("radio{'low':0;'mid':5;'high':10}");
        assertEquals(0, radio.nearest(-3));
        assertEquals(1, radio.nearest(4));
        assertEquals(0, radio.nearest(2.5), "the first of two as near");
        assertEquals(2, radio.nearest(99));
        assertEquals(0, ControlStyle.NONE.nearest(3));
    }
}
