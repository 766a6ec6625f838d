package dev.faustwire.session.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What hovering a port says, and how the inspector finds a port by its canvas name. */
class PortInfoTest {
    private static final PortInfo FC = new PortInfo(false, 0, "fc", List.of("Hslider_3_0 (line 7)"));
    private static final PortInfo SIGNAL = new PortInfo(false, 1, "signal", List.of());
    private static final PortInfo OUT = new PortInfo(true, 0, "output", List.of("fi_lowpass_2_0 (line 8)"));

    @Test
    void theCanvasNameOfAPort() {
        assertEquals("in 0", FC.port());
        assertEquals("in 1", SIGNAL.port());
        assertEquals("out 0", OUT.port());
    }

    @Test
    void anInletSaysWhatFeedsIt() {
        assertEquals("inlet 1: fc\nfed by Hslider_3_0 (line 7)", FC.hoverText());
        assertEquals("inlet 2: signal\nnothing connected", SIGNAL.hoverText());
        PortInfo summed = new PortInfo(false, 0, "left", List.of("In_1_0 (line 4)", "Add_2_0 (line 6)"));
        assertEquals("inlet 1: left\nfed by In_1_0 (line 4), Add_2_0 (line 6)", summed.hoverText());
    }

    @Test
    void anOutletSaysWhatItIs() {
        assertEquals("outlet 1: output\ndefined as fi_lowpass_2_0 (line 8)", OUT.hoverText());
        assertEquals("outlet 2: output 2\nno definition in the program",
                new PortInfo(true, 1, "output 2", List.of()).hoverText());
    }

    @Test
    void aBoxInfoFindsItsPortsByCanvasName() {
        BoxInfo info = new BoxInfo("box-2", "box-2", "fi.lowpass 2", "library function fi.lowpass", "", null,
                List.of(FC, SIGNAL), List.of(OUT), List.of(), List.of(), null, List.of());
        assertSame(FC, info.port("in 0"));
        assertSame(SIGNAL, info.port("in 1"));
        assertSame(OUT, info.port("out 0"));
        assertNull(info.port("in 2"));
        assertNull(info.port("out 1"));
        assertNull(info.port("nonsense"));
    }

    @Test
    void theInfoIsAValueItsCallerCannotChange() {
        List<PortInfo> inlets = new ArrayList<>(List.of(FC));
        BoxInfo info = new BoxInfo("box-2", "box-2", "x", "", "", null, inlets, List.of(), List.of(), List.of(), null,
                List.of());
        inlets.add(SIGNAL);
        assertEquals(1, info.inlets().size());
        assertThrows(UnsupportedOperationException.class, () -> info.inlets().add(SIGNAL));
        List<String> definitions = new ArrayList<>(List.of("A_1_0 (line 1)"));
        PortInfo port = new PortInfo(false, 0, "x", definitions);
        definitions.clear();
        assertEquals(List.of("A_1_0 (line 1)"), port.definitions());
        List<String> params = new ArrayList<>(List.of("N"));
        LibraryDoc doc = new LibraryDoc("fi.lowpass", "filters.lib", "", "", params, null, null);
        params.clear();
        assertEquals(List.of("N"), doc.params());
    }

    @Test
    void wordSpansFollowTheParser() {
        List<int[]> spans = ControlRanges.spans("hslider  \"cut \\\" off\" 440\t20");
        assertEquals(4, spans.size());
        assertEquals(0, spans.get(0)[0]);
        assertEquals(7, spans.get(0)[1]);
        assertEquals("\"cut \\\" off\"", "hslider  \"cut \\\" off\" 440\t20".substring(spans.get(1)[0], spans.get(1)[1]));
        assertEquals("20", "hslider  \"cut \\\" off\" 440\t20".substring(spans.get(3)[0], spans.get(3)[1]));
        assertEquals(List.of(), ControlRanges.spans("   "));
    }
}
