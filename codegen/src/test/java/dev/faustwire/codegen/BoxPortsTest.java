package dev.faustwire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faustwire.core.model.Box;
import dev.faustwire.stdlib.jvm.BundledIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Port counts come from the box text alone, and for library functions from the stdlib index. */
class BoxPortsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "in 1|0|1|true", "out 2|1|0|true", "+|2|1|true", "* 0.5|1|1|true", "/ 1 _|1|1|true", "- 1 2|0|1|true",
            "mem|1|1|true", "~|1|1|true", "@ 64|1|1|true", "select2|3|1|true", "os.osc|1|1|true",
            "os.osc 440|0|1|true", "os.oscrq|1|2|true", "en.ar _ 0.1|2|1|true", "si.bus 5 @ins 6 @outs 5|5|5|true",
            "0.5|0|1|true", "comment hello|0|0|true", "oscc|0|0|false",
            // structure and controls: an iteration's inlets are its body's returns, its last outlet the variable
            "par 3|1|4|true", "par 3 @ins 2|7|6|true", "seq 4|2|3|true", "seq 4 @ins 2 @outs 2|4|5|true",
            "sum 4 @ins 1|5|3|true", "prod 2|1|2|true", "par 0|0|0|false", "seq 3 @ins 1 @outs 2|0|0|false",
            "sum 3 @outs 2|0|0|false", "p|0|0|true", "p ./missing.dsppat|0|0|false", "code|0|0|false",
            "send x|1|0|true", "receive x|0|1|true", "s|0|0|false", "effect|2|2|true", "effect @ins 1 @outs 3|3|1|true",
            "hslider freq 440 20 2000 1|0|1|true", "hslider|0|1|true", "nentry n @init 3 @min 0 @max 9 @step 1|0|1|true",
            "hslider f 2 1 0|0|0|false", "button gate|0|1|true", "checkbox|0|1|true", "hbargraph m -1 1|1|1|true",
            "vgroup|1|1|true", "tgroup t @ins 3|3|3|true", "attach|2|1|true", "button a b|0|0|false",
            // the arities issue 3 names, from the index
            "si.bus 5|5|5|true", "fi.lowpass 2 1000|1|1|true", "en.adsr|5|1|true",
            // rules over constant arguments
            "si.bus 2|2|2|true", "ro.cross 3|3|3|true", "fi.lowpass 4|2|1|true", "fi.lowpass 2 _|2|1|true",
            "si.bus|0|0|false", "si.bus _|0|0|false", "si.bus 2.5|0|0|false",
            // fixed arities of the whole library, and the unique alias
            "dm.zita_light|2|2|true", "re.zita_rev1_stereo|8|2|true", "no.noise|0|1|true", "ma.PI|0|1|true",
            "osc|1|1|true", "lowpass 2 1000|1|1|true", "zita_light|2|2|true",
            // declared arity overrides the index
            "os.osc @outs 2|1|2|true", "xx.mine @ins 2 @outs 3|2|3|true", "xx.mine @ins 2|0|0|false"})
    void counts(String text, int inlets, int outlets, boolean known) {
        assertEquals(new BoxPorts.Count(inlets, outlets, known), BoxPorts.of(new Box("box-1", text, null), BundledIndex.get()));
    }
}
