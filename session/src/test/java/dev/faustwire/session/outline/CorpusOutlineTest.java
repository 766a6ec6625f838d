package dev.faustwire.session.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.outline.Outline;
import dev.faustwire.core.outline.Outlines;
import dev.faustwire.session.CodeArities;
import dev.faustwire.session.LibraryPorts;
import dev.faustwire.stdlib.jvm.BundledIndex;
import dev.faustwire.testsupport.Corpus;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JSPatcher's corpus patch 07-00 read as a circuit with the real library ports: {@code si.bus 5
 * @ins 6 @outs 5} has the five inlets and outlets of {@code si.bus 5}, all summed into {@code out 4}.
 */
class CorpusOutlineTest {

    @Test
    void corpus0700ReadsInSignalOrderWithEveryPortAndNeighbour() throws Exception {
        Patch patch = PatchReader.read(Files.readString(Corpus.ifc("07-00.dsppat"))).patch();
        Outline outline = Outlines.of(patch, new LibraryPorts(BundledIndex.get(), new CodeArities()));
        String q = "\u201c";
        String e = "\u201d";
        List<String> expected = List.of(
                "box 3, " + q + "in 1" + e + ", output to input 1 of box 11 " + q + "+" + e,
                "box 4, " + q + "in 2" + e + ", output to input 2 of box 11 " + q + "+" + e,
                "box 11, " + q + "+" + e + ", input 1 from box 3 " + q + "in 1" + e + "; input 2 from box 4 "
                        + q + "in 2" + e + "; output to box 9 " + q + "out 1" + e,
                "box 9, " + q + "out 1" + e + ", input 1 from box 11 " + q + "+" + e,
                "box 14, " + q + "in 3" + e + ", output to box 13 " + q + "/ 1 _" + e,
                "box 15, " + q + "in 4" + e + ", output to box 13 " + q + "/ 1 _" + e,
                "box 13, " + q + "/ 1 _" + e + ", input 1 from box 14 " + q + "in 3" + e + " and box 15 "
                        + q + "in 4" + e + ", summed; output to box 12 " + q + "out 2" + e,
                "box 12, " + q + "out 2" + e + ", input 1 from box 13 " + q + "/ 1 _" + e,
                "box 18, " + q + "in 5" + e + ", output to input 1 of box 17 " + q + "en.ar _ 0.1" + e,
                "box 19, " + q + "in 6" + e + ", output to input 2 of box 17 " + q + "en.ar _ 0.1" + e,
                "box 17, " + q + "en.ar _ 0.1" + e + ", input 1 from box 18 " + q + "in 5" + e
                        + "; input 2 from box 19 " + q + "in 6" + e + "; output to box 16 " + q + "out 3" + e,
                "box 16, " + q + "out 3" + e + ", input 1 from box 17 " + q + "en.ar _ 0.1" + e,
                "box 22, " + q + "in 7" + e + ", output to inputs 1, 2, 3, 4 and 5 of box 20 "
                        + q + "si.bus 5 @ins 6 @outs 5" + e,
                "box 20, " + q + "si.bus 5 @ins 6 @outs 5" + e + ", input 1 from box 22 " + q + "in 7" + e
                        + "; input 2 from box 22 " + q + "in 7" + e + "; input 3 from box 22 " + q + "in 7" + e
                        + "; input 4 from box 22 " + q + "in 7" + e + "; input 5 from box 22 " + q + "in 7" + e
                        + "; output 1 to box 24 " + q + "out 4" + e + "; output 2 to box 24 "
                        + q + "out 4" + e + "; output 3 to box 24 " + q + "out 4" + e + "; output 4 to box 24 "
                        + q + "out 4" + e + "; output 5 to box 24 " + q + "out 4" + e,
                "box 24, " + q + "out 4" + e + ", input 1 from output 1 of box 20 " + q + "si.bus 5 @ins 6 @outs 5"
                        + e + ", output 2 of box 20 " + q + "si.bus 5 @ins 6 @outs 5" + e + ", output 3 of box 20 "
                        + q + "si.bus 5 @ins 6 @outs 5" + e + ", output 4 of box 20 " + q + "si.bus 5 @ins 6 @outs 5"
                        + e + " and output 5 of box 20 " + q + "si.bus 5 @ins 6 @outs 5" + e + ", summed");
        assertEquals(expected, outline.items().stream().map(Outline.Item::sentence).toList());
    }
}
