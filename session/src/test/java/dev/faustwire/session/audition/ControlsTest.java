package dev.faustwire.session.audition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.session.audition.Control.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The control tree read from the UI JSON the real Faust compiler wrote (faust -lang wasm, 2.x). */
class ControlsTest {
    /** The ui of {@code hslider("freq[unit:Hz][scale:log][tooltip:pitch]", ...)} and friends, as Faust wrote it. */
    static final String JSON = """
            {"name": "t", "ui": [ {"type": "vgroup","label": "t","items": [ {"type": "hslider","label": "freq",\
            "shortname": "freq","address": "/t/freq","index": 262144,"meta": [{ "scale": "log" },{ "tooltip": "pitch" },\
            { "unit": "Hz" }],"init": 440,"min": 20,"max": 2000,"step": 1},{"type": "hbargraph","label": "lvl",\
            "shortname": "lvl","address": "/t/lvl","index": 262176,"min": 0,"max": 1},{"type": "tgroup","label": "t",\
            "items": [ {"type": "hgroup","label": "a","items": [ {"type": "vslider","label": "g","shortname": "g",\
            "address": "/t/t/a/g","index": 262180,"init": 0.1,"min": 0,"max": 1,"step": 0.01}]},{"type": "hgroup",\
            "label": "b","items": [ {"type": "vslider","label": "h","shortname": "h","address": "/t/t/b/h",\
            "index": 262184,"init": 0.1,"min": 0,"max": 1,"step": 0.01}]}]},{"type": "vgroup","label": "v","items": [\
             {"type": "button","label": "b","shortname": "b","address": "/t/v/b","index": 262164},{"type": "nentry",\
            "label": "n","shortname": "n","address": "/t/v/n","index": 262168,"init": 1,"min": 0,"max": 10,\
            "step": 0.5},{"type": "checkbox","label": "on","shortname": "on","address": "/t/v/on","index": 262172}]}]}]}
            """;

    @Test
    void theTreeKeepsGroupsTabsAndTheUisOrder() {
        List<Control> tree = Controls.read(JSON);
        assertEquals(1, tree.size());
        Control root = tree.get(0);
        assertEquals(Kind.VGROUP, root.kind());
        assertEquals(List.of(Kind.HSLIDER, Kind.HBARGRAPH, Kind.TGROUP, Kind.VGROUP), kinds(root.items()));
        Control tabs = root.items().get(2);
        assertEquals(List.of("a", "b"), labels(tabs.items()));
        assertEquals(List.of(Kind.VSLIDER), kinds(tabs.items().get(1).items()));
        List<String> addresses = new ArrayList<>();
        for (Control c : Controls.flatten(tree)) {
            addresses.add(c.address());
        }
        assertEquals(List.of("/t/freq", "/t/lvl", "/t/t/a/g", "/t/t/b/h", "/t/v/b", "/t/v/n", "/t/v/on"), addresses);
    }

    @Test
    void metadataUsersRelyOnIsRead() {
        Control freq = Controls.flatten(Controls.read(JSON)).get(0);
        assertEquals("freq", freq.label());
        assertEquals("Hz", freq.unit());
        assertEquals("pitch", freq.tooltip());
        assertTrue(freq.logarithmic());
        assertEquals(440, freq.init());
        assertEquals("440 Hz", freq.display(440));
        Control gain = Controls.flatten(Controls.read(JSON)).get(2);
        assertFalse(gain.logarithmic());
        assertEquals("", gain.tooltip());
        assertEquals("0.1", gain.display(0.1));
    }

    @Test
    void buttonsAndCheckboxesAreZeroOrOneAndBargraphsHaveTheirRange() {
        List<Control> all = Controls.flatten(Controls.read(JSON));
        Control button = all.get(4);
        Control checkbox = all.get(6);
        Control meter = all.get(1);
        assertEquals(List.of(0.0, 0.0, 1.0), List.of(button.init(), button.min(), button.max()));
        assertEquals(List.of(0.0, 0.0, 1.0), List.of(checkbox.init(), checkbox.min(), checkbox.max()));
        assertTrue(meter.kind().isBargraph());
        assertEquals(List.of(0.0, 1.0), List.of(meter.min(), meter.max()));
    }

    @Test
    void aLinearSliderHasOnePositionPerStep() {
        Control freq = slider(false, 440, 20, 2000, 1);
        assertEquals(1980, freq.positions());
        assertEquals(420, freq.position(440));
        assertEquals(440, freq.valueAt(420));
        assertEquals(660, freq.valueAt(freq.position(660)));
        assertEquals(2000, freq.valueAt(99_999), "clamped");
        assertEquals(20, freq.valueAt(-5));
    }

    @Test
    void aLogSliderSpendsEqualTravelOnEachOctave() {
        Control freq = slider(true, 440, 20, 2000, 1);
        assertEquals(Control.FINE_POSITIONS, freq.positions());
        assertEquals(500, freq.position(200), "200 Hz is the geometric middle of 20..2000");
        assertEquals(200, freq.valueAt(500));
        assertEquals(20, freq.valueAt(0));
        assertEquals(2000, freq.valueAt(1000));
        assertEquals(freq.position(40) - freq.position(20), freq.position(800) - freq.position(400), 1);
        for (int p = 0; p <= 1000; p += 50) {
            double v = freq.valueAt(p);
            assertEquals(Math.rint(v), v, "rounded to the step of 1 Hz: " + v);
        }
    }

    @Test
    void aLogScaleOnARangeThroughZeroFallsBackToLinear() {
        Control c = slider(true, 0, 0, 1, 0.01);
        assertFalse(c.logarithmic());
        assertEquals(100, c.positions());
        assertEquals(0.5, c.valueAt(50));
    }

    @Test
    void valuesSnapToTheStepWithoutFloatNoise() {
        Control gain = slider(false, 0.1, 0, 1, 0.01);
        assertEquals(0.3, gain.snap(0.30000000000000004));
        assertEquals(0.3, gain.valueAt(30));
        assertEquals("0.3", gain.display(gain.valueAt(30)));
        Control entry = slider(false, 1, 0, 10, 0.5);
        assertEquals(2.5, entry.snap(2.6));
        assertEquals(10, entry.snap(12));
        Control fine = slider(false, 0, 0, 1, 0);
        assertEquals(0.123457, fine.snap(0.1234567), "no step: our six decimals");
    }

    @Test
    void typedNumbersAreSnappedAndTextIsRefused() {
        Control freq = slider(false, 440, 20, 2000, 1);
        assertEquals(660.0, freq.parse(" 660 "));
        assertEquals(660.0, freq.parse("659.6"));
        assertEquals(2000.0, freq.parse("1e9"));
        assertEquals(null, freq.parse("abc"));
        assertEquals(null, freq.parse(""));
        assertEquals(null, freq.parse("NaN"));
        assertEquals(null, freq.parse(null));
    }

    @Test
    void aControlShowsTheValueSetElseItsInitialValue() {
        Control freq = slider(false, 440, 20, 2000, 1);
        ParamValues values = new ParamValues();
        assertEquals(440, Controls.shown(freq, values));
        values.set("/main/freq", 660);
        assertEquals(660, Controls.shown(freq, values));
        values.set("/main/freq", 5000);
        assertEquals(2000, Controls.shown(freq, values), "a value beyond the new range shows clamped");
    }

    @Test
    void afterASwapOnlyAddressesThatStillExistCarry() {
        ParamValues values = new ParamValues();
        values.set("/t/freq", 660);
        values.set("/gone/x", 3);
        values.set("/t/v/n", 2.5);
        assertEquals(Map.of("/t/freq", 660.0, "/t/v/n", 2.5), Controls.carried(Controls.read(JSON), values));
    }

    @Test
    void thePanelShowsTheChildrenOfFaustsRootVgroupButATabGroupThatIsTheWholeUiStays() {
        assertEquals(List.of(Kind.HSLIDER, Kind.HBARGRAPH, Kind.TGROUP, Kind.VGROUP),
                kinds(Controls.panel(Controls.read(JSON))));
        // process = os.osc(440) * tgroup("play", button("gate") + checkbox("hold")), as Faust wrote it
        String tabsOnly = "{\"ui\": [ {\"type\": \"tgroup\",\"label\": \"play\",\"items\": [ {\"type\": "
                + "\"button\",\"label\": \"gate\",\"shortname\": \"gate\",\"address\": \"/play/gate\","
                + "\"index\": 262160},{\"type\": \"checkbox\",\"label\": \"hold\",\"shortname\": \"hold\","
                + "\"address\": \"/play/hold\",\"index\": 262164}]}]}";
        List<Control> panel = Controls.panel(Controls.read(tabsOnly));
        assertEquals(List.of(Kind.TGROUP), kinds(panel));
        assertEquals(List.of("gate", "hold"), labels(panel.get(0).items()));
        assertEquals(List.of(), Controls.panel(List.of()));
    }

    @Test
    void unreadableOrUnknownUiGivesNoControls() {
        assertEquals(List.of(), Controls.read("not json"));
        assertEquals(List.of(), Controls.read("{\"ui\": 3}"));
        assertEquals(List.of(), Controls.read("{\"ui\": [{\"type\": \"soundfile\", \"label\": \"s\"}]}"));
        assertEquals(List.of(), Controls.read("[]"));
    }

    private static Control slider(boolean log, double init, double min, double max, double step) {
        return new Control(Kind.HSLIDER, "x", "/main/freq", init, min, max, step, "", log, "", List.of());
    }

    private static List<Kind> kinds(List<Control> items) {
        List<Kind> out = new ArrayList<>();
        for (Control c : items) {
            out.add(c.kind());
        }
        return out;
    }

    private static List<String> labels(List<Control> items) {
        List<String> out = new ArrayList<>();
        for (Control c : items) {
            out.add(c.label());
        }
        return out;
    }
}
