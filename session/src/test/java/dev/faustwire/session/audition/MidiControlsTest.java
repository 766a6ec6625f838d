package dev.faustwire.session.audition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faustwire.session.audition.MidiControls.Binding;
import dev.faustwire.session.audition.MidiControls.Change;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link MidiControls}: {@code [midi:ctrl N]} controls follow their MIDI controller over their whole range. */
class MidiControlsTest {
    private static final String DSP = """
            {"name": "main", "ui": [{"type": "vgroup", "label": "main", "items": [
              {"type": "hslider", "label": "cutoff", "address": "/main/cutoff", "meta": [{"midi": "ctrl 74"}, {"unit": "Hz"}],
               "init": 1000, "min": 100, "max": 5000, "step": 1},
              {"type": "hslider", "label": "volume", "address": "/main/volume", "meta": [{"midi": "ctrl 7 2"}],
               "init": 0.5, "min": 0, "max": 1, "step": 0.01},
              {"type": "button", "label": "gate", "address": "/main/gate", "meta": [{"midi": "keyon 60"}]},
              {"type": "hslider", "label": "plain", "address": "/main/plain", "init": 0, "min": 0, "max": 1, "step": 0.1}
            ]}]}
            """;
    private static final String EFFECT = """
            {"ui": [{"type": "hslider", "label": "wet", "address": "/fx/wet", "meta": [{"midi": "ctrl 74"}], "min": 0, "max": 1}]}
            """;

    @Test
    void ctrlMetadataBecomesBindings() {
        assertEquals(List.of(new Binding(74, 0, "/main/cutoff", 100, 5000), new Binding(7, 2, "/main/volume", 0, 1)),
                MidiControls.read(DSP).bindings());
    }

    @Test
    void aControllerSpansTheControlsRange() {
        MidiControls controls = MidiControls.read(DSP, EFFECT);
        assertEquals(List.of(new Change("/main/cutoff", 100), new Change("/fx/wet", 0)),
                controls.changes(MidiMessage.read(new int[] {0xB0, 74, 0})));
        assertEquals(List.of(new Change("/main/cutoff", 5000), new Change("/fx/wet", 1)),
                controls.changes(MidiMessage.read(new int[] {0xB5, 74, 127})), "any channel");
        assertEquals(List.of(), controls.changes(MidiMessage.read(new int[] {0xB0, 7, 127})), "channel 2 only");
        assertEquals(List.of(new Change("/main/volume", 1)), controls.changes(MidiMessage.read(new int[] {0xB1, 7, 127})));
        assertEquals(List.of(), controls.changes(MidiMessage.read(new int[] {0xB0, 1, 64})), "an unbound controller");
        assertEquals(List.of(), controls.changes(MidiMessage.read(new int[] {0x90, 74, 64})), "a note is no control");
    }

    @Test
    void oneControllerMovesEveryControlBoundToItAndAChannelOf16IsTheLast() {
        String dsp = "{\"ui\": [{\"type\": \"vgroup\", \"label\": \"m\", \"items\": ["
                + "{\"type\": \"hslider\", \"address\": \"/m/a\", \"meta\": [{\"midi\": \"ctrl 1\"}], \"min\": -1, \"max\": 1},"
                + "{\"type\": \"vslider\", \"address\": \"/m/b\", \"meta\": [{\"midi\": \"ctrl 1 16\"}], \"min\": 0, \"max\": 127},"
                + "{\"type\": \"nentry\", \"address\": \"/m/c\", \"meta\": [{\"midi\": \"ctrl 1\"}, {\"midi\": \"ctrl 2\"}],"
                + " \"min\": 10, \"max\": 20}]}]}";
        MidiControls controls = MidiControls.read(dsp);
        assertEquals(List.of(new Change("/m/a", 1), new Change("/m/b", 127), new Change("/m/c", 20)),
                controls.changes(MidiMessage.read(new int[] {0xBF, 1, 127})), "channel 16 is status 0xBF");
        assertEquals(List.of(new Change("/m/a", -1 + 2 * 64 / 127.0), new Change("/m/c", 10 + 10 * 64 / 127.0)),
                controls.changes(MidiMessage.read(new int[] {0xB0, 1, 64})));
        assertEquals(List.of(new Change("/m/c", 10)), controls.changes(MidiMessage.read(new int[] {0xB0, 2, 0})),
                "a control may follow two controllers");
    }

    @Test
    void malformedMetadataAndTextBindNothing() {
        assertEquals(null, MidiControls.binding("ctrl", "/a", 0, 1));
        assertEquals(null, MidiControls.binding("ctrl 128", "/a", 0, 1));
        assertEquals(null, MidiControls.binding("ctrl x", "/a", 0, 1));
        assertEquals(null, MidiControls.binding("ctrl 7 17", "/a", 0, 1));
        assertEquals(null, MidiControls.binding("pitchwheel", "/a", 0, 1));
        assertEquals(new Binding(7, 0, "/a", 0, 1), MidiControls.binding("  ctrl   7 ", "/a", 0, 1));
        assertEquals(List.of(), MidiControls.read("not json", null, "[]").bindings());
    }
}
