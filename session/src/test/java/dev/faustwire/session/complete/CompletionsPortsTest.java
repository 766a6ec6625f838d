package dev.faustwire.session.complete;

import static dev.faustwire.session.complete.CompletionsTest.find;
import static dev.faustwire.session.complete.CompletionsTest.first;
import static dev.faustwire.session.complete.CompletionsTest.suggest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ports a suggestion shows and the text it puts into the field, with and without typed arguments. */
class CompletionsPortsTest {

    @Test
    void typedArgumentsStayInTheInsertAndTheDocStaysVisible() {
        Suggestion osc = first("os.osc 440");
        assertEquals("os.osc", osc.name());
        assertEquals("os.osc 440", osc.insert());
        assertEquals(first("os.osc").doc(), osc.doc());
        assertEquals(1, osc.inlets(), "a library function shows the ports of its name alone");
        assertEquals("os.osc 440", first("osc 440").insert());
        assertEquals("os.osc 440", first("  os.osc 440").insert());
        assertEquals("hslider freq 440 20 2000 1", first("hsl freq 440 20 2000 1").insert());
        assertEquals("hslider \"my freq\" 440", first("hslider \"my freq\" 440").insert());
        for (Suggestion s : suggest("os.os 440")) {
            assertTrue(s.insert().endsWith(" 440"), s.toString());
        }
    }

    @Test
    void aKindsPortsFollowTheTypedArguments() {
        Suggestion in = first("in 3");
        assertEquals("in", in.name());
        assertEquals(0, in.inlets());
        assertEquals(1, in.outlets());
        assertEquals(-1, first("in").inlets(), "in alone has no channel yet");
        Suggestion out = first("out 2");
        assertEquals(List.of(1, 0), List.of(out.inlets(), out.outlets()));
        Suggestion par = first("par 4");
        assertEquals(List.of(1, 5), List.of(par.inlets(), par.outlets()), "4 results and the variable");
        Suggestion half = first("* 0.5");
        assertEquals(List.of(1, 1), List.of(half.inlets(), half.outlets()));
        Suggestion bad = first("hslider f 2 1 0");
        assertEquals(List.of(-1, -1), List.of(bad.inlets(), bad.outlets()), "min above max: not a box yet");
        Suggestion open = first("hslider \"unclosed");
        assertEquals(-1, open.inlets());
    }

    @Test
    void aSpaceFollowsOnlyNamesThatTakeArguments() {
        assertEquals("ma.SR", find(suggest("ma.S"), "ma.SR").insert());
        assertEquals("mem", first("mem").insert());
        assertEquals("~", first("~").insert());
        assertEquals("button ", first("button").insert());
        assertEquals("@ ", first("@").insert());
        assertEquals("si.bus ", first("si.bus").insert());
    }

    @Test
    void aFunctionWhoseChannelsNeedArgumentsShowsUnknownPorts() {
        Suggestion bus = first("si.bus");
        assertEquals(List.of(-1, -1), List.of(bus.inlets(), bus.outlets()));
        Suggestion adsr = first("en.adsr");
        assertEquals(List.of(5, 1), List.of(adsr.inlets(), adsr.outlets()));
        Suggestion sr = first("ma.SR");
        assertEquals(List.of(0, 1), List.of(sr.inlets(), sr.outlets()));
    }
}
