package dev.faustwire.session.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faustwire.codegen.BoxPorts;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.text.BoxTextParser;
import dev.faustwire.stdlib.StdlibIndex;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Port names follow how codegen fills arguments; the counts are codegen's own (BoxPorts), as the canvas draws them. */
class PortNamesTest {
    private static final StdlibIndex STDLIB = BundledIndex.get();

    /** The names of a box text's ports, with the counts code generation gives it. */
    private static PortNames.Names names(String text) {
        BoxPorts.Count count = BoxPorts.of(new Box("box-1", text, null), STDLIB);
        return PortNames.of(BoxTextParser.parse(text), STDLIB, count.inlets(), count.outlets());
    }

    private static List<String> inlets(String text) {
        return names(text).inlets();
    }

    private static List<String> outlets(String text) {
        return names(text).outlets();
    }

    @Test
    void libraryArgumentsFillTheParametersFromTheLeft() {
        assertEquals(List.of(), inlets("fi.lowpass"), "without N code generation cannot count its ports");
        assertEquals(List.of("fc", "signal"), inlets("fi.lowpass 2"));
        assertEquals(List.of("signal"), inlets("fi.lowpass 2 1000"));
        assertEquals(List.of("freq"), inlets("os.osc"));
        assertEquals(List.of(), inlets("os.osc 440"));
    }

    @Test
    void aPlaceholderKeepsItsParameter() {
        assertEquals(List.of("fc", "signal"), inlets("fi.lowpass 2 _"));
        assertEquals(List.of("freq"), inlets("os.osc _"));
    }

    @Test
    void everyParameterOfAnEnvelopeIsNamed() {
        assertEquals(List.of("at", "dt", "sl", "rt", "t"), inlets("en.adsr"));
        assertEquals(List.of("dt", "sl", "rt", "t"), inlets("en.adsr 0.01"));
        assertEquals(List.of("at", "sl", "rt", "t"), inlets("en.adsr _ 0.1"));
    }

    @Test
    void severalSignalInputsAreNumbered() {
        assertEquals(List.of("signal 1", "signal 2", "signal 3"), inlets("si.bus 3"));
        assertEquals(List.of("output 1", "output 2", "output 3"), outlets("si.bus 3"));
    }

    @Test
    void operatorsFillFromTheRight() {
        assertEquals(List.of("left", "right"), inlets("+"));
        assertEquals(List.of("left"), inlets("* 0.5"));
        assertEquals(List.of("right"), inlets("/ 1 _"), "1 divided by the inlet");
        assertEquals(List.of("left"), inlets("pow 2"));
        assertEquals(List.of("signal"), inlets("@ 64"));
        assertEquals(List.of("left", "right"), inlets(":>"));
    }

    @Test
    void callsFillFromTheLeft() {
        assertEquals(List.of("right"), inlets("max 0"));
        assertEquals(List.of("left", "right"), inlets("min"));
        assertEquals(List.of("input"), inlets("sin"));
        assertEquals(List.of("input"), inlets("mem"));
        assertEquals(List.of("first", "second"), inlets("select2 1"));
        assertEquals(List.of("selector", "first", "second", "third"), inlets("select3"));
    }

    @Test
    void channelsAndControls() {
        assertEquals(List.of(), inlets("in 2"));
        assertEquals(List.of("input 2"), outlets("in 2"));
        assertEquals(List.of("output 3"), inlets("out 3"));
        assertEquals(List.of(), outlets("out 3"));
        assertEquals(List.of("value"), outlets("hslider freq 440 20 2000 1"));
        assertEquals(List.of("value"), outlets("button gate"));
        assertEquals(List.of("value"), outlets("checkbox mute"));
        assertEquals(List.of("signal"), inlets("hbargraph level -60 0"));
        assertEquals(List.of("signal"), outlets("vbargraph level -60 0"));
        assertEquals(List.of("signal", "bargraph"), inlets("attach"));
    }

    @Test
    void otherBoxesGetNumberedNames() {
        PortNames.Names code = PortNames.of(BoxTextParser.parse("code"), STDLIB, 2, 1);
        assertEquals(List.of("inlet 1", "inlet 2"), code.inlets());
        assertEquals(List.of("output"), code.outlets());
        assertEquals(List.of("inlet"), inlets("my.own @ins 1 @outs 1"));
    }

    @Test
    void anOndemandBoxsInletZeroIsItsClockThenTheContentsInputs() {
        assertEquals(List.of("clock: the content runs when this is not 0"), PortNames.of(BoxTextParser.parse("ondemand"),
                STDLIB, 1, 0).inlets());
        PortNames.Names two = PortNames.of(BoxTextParser.parse("ondemand"), STDLIB, 3, 1);
        assertEquals(List.of("clock: the content runs when this is not 0", "input 1", "input 2"), two.inlets());
        assertEquals(List.of("output"), two.outlets());
    }

    @Test
    void countsBeyondTheNamesAreNumbered() {
        PortNames.Names names = PortNames.of(BoxTextParser.parse("+"), STDLIB, 3, 2);
        assertEquals(List.of("left", "right", "inlet 3"), names.inlets());
        assertEquals(List.of("output 1", "output 2"), names.outlets());
        assertEquals(List.of(), PortNames.of(BoxTextParser.parse("+"), STDLIB, 0, 0).inlets());
    }

    @Test
    void anAmbiguousOrUnknownNameIsNumbered() {
        assertEquals(List.of("inlet"), PortNames.of(BoxTextParser.parse("no.such.name"), STDLIB, 1, 1).inlets());
        assertEquals(List.of("inlet"), PortNames.of(BoxTextParser.parse(""), STDLIB, 1, 0).inlets());
    }

    @Test
    void aWireAndTheDelaysHaveOneInput() {
        assertEquals(List.of("input"), inlets("_"));
        assertEquals(List.of("input"), inlets("'"));
        assertEquals(List.of("input"), inlets("~"));
        assertEquals(List.of("output"), outlets("_"));
    }
}
