package dev.faustwire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faustwire.core.model.Box;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Port counts come from the box text alone. */
class BoxPortsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "in 1|0|1|true", "out 2|1|0|true", "+|2|1|true", "* 0.5|1|1|true", "/ 1 _|1|1|true", "- 1 2|0|1|true",
            "mem|1|1|true", "~|1|1|true", "@ 64|1|1|true", "select2|3|1|true", "os.osc|1|1|true",
            "os.osc 440|0|1|true", "os.oscrq|1|2|true", "en.ar _ 0.1|2|1|true", "si.bus 5 @ins 6 @outs 5|5|5|true",
            "0.5|0|1|true", "comment hello|0|0|true", "oscc|0|0|false", "par 3|0|0|false"})
    void counts(String text, int inlets, int outlets, boolean known) {
        assertEquals(new BoxPorts.Count(inlets, outlets, known), BoxPorts.of(new Box("box-1", text, null)));
    }
}
