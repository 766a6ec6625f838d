package dev.faustwire.core.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Rect;
import dev.faustwire.core.view.FakePorts;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlinesTest {
    private static final FakePorts PORTS = new FakePorts();

    private static List<String> sentences(Patch patch) {
        return Outlines.of(patch, PORTS).items().stream().map(Outline.Item::sentence).toList();
    }

    @Test
    void aChainReadsAsTheIssueSaysIt() {
        Patch chain = new Patches()
                .box("box-1", "in 1", 10, 10)
                .box("box-3", "* 0.5", 10, 60)
                .box("box-4", "out 1", 10, 110)
                .line("box-1", 0, "box-3", 0)
                .line("box-3", 0, "box-4", 0)
                .patch();
        assertEquals(List.of(
                "box 1, \u201cin 1\u201d, output to box 3 \u201c* 0.5\u201d",
                "box 3, \u201c* 0.5\u201d, input 1 from box 1 \u201cin 1\u201d; output to box 4 \u201cout 1\u201d",
                "box 4, \u201cout 1\u201d, input 1 from box 3 \u201c* 0.5\u201d"), sentences(chain));
    }

    @Test
    void unconnectedPortsAreSaidAndInletsOfBoxesWithSeveralAreNamed() {
        Patch half = new Patches()
                .box("box-1", "in 1", 10, 10)
                .box("box-2", "+", 10, 60)
                .box("box-3", "in 2", 100, 10)
                .line("box-1", 0, "box-2", 1)
                .patch();
        assertEquals(List.of(
                "box 1, \u201cin 1\u201d, output to input 2 of box 2 \u201c+\u201d",
                "box 3, \u201cin 2\u201d, output unconnected",
                "box 2, \u201c+\u201d, input 1 unconnected; input 2 from box 1 \u201cin 1\u201d; output unconnected"),
                sentences(half));
    }

    @Test
    void severalLinesIntoOneInletAreSummedAndOneOutletToSeveralInletsIsGrouped() {
        Patch sum = new Patches()
                .box("box-1", "in 1", 10, 10)
                .box("box-2", "in 2", 100, 10)
                .box("box-3", "+", 10, 60)
                .box("box-4", "out 1", 10, 110)
                .line("box-1", 0, "box-3", 0)
                .line("box-2", 0, "box-3", 0)
                .line("box-1", 0, "box-3", 1)
                .line("box-3", 0, "box-4", 0)
                .patch();
        List<String> said = sentences(sum);
        assertEquals("box 1, \u201cin 1\u201d, output to inputs 1 and 2 of box 3 \u201c+\u201d", said.get(0));
        assertEquals("box 3, \u201c+\u201d, input 1 from box 1 \u201cin 1\u201d and box 2 \u201cin 2\u201d, summed;"
                + " input 2 from box 1 \u201cin 1\u201d; output to box 4 \u201cout 1\u201d", said.get(2));
    }

    @Test
    void theOutletsOfABoxWithSeveralAreNumberedOnBothEnds() {
        Patch split = new Patches()
                .box("box-1", "split", 10, 10)
                .box("box-2", "out 1", 10, 60)
                .box("box-3", "out 2", 100, 60)
                .line("box-1", 2, "box-2", 0)
                .line("box-1", 0, "box-3", 0)
                .line("box-1", 2, "box-3", 0)
                .patch();
        List<String> said = sentences(split);
        assertEquals("box 1, \u201csplit\u201d, input 1 unconnected; output 1 to box 3 \u201cout 2\u201d;"
                + " output 2 unconnected; output 3 to box 2 \u201cout 1\u201d and box 3 \u201cout 2\u201d", said.get(0));
        assertEquals("box 3, \u201cout 2\u201d, input 1 from output 1 of box 1 \u201csplit\u201d and output 3 of box 1"
                + " \u201csplit\u201d, summed", said.get(2));
    }

    @Test
    void aSubPatcherSaysItHoldsAPatchAndCommentsComeLastWithTheirNote() {
        Patch inside = new Patches().box("box-1", "in 1", 0, 0).box("box-2", "out 1", 0, 50).patch();
        Patch patch = new Patches()
                .box("box-1", "comment says hello", 10, 0)
                .box("box-2", "in 1", 10, 40)
                .patch()
                .withBox("box-5", new Box("box-5", "p voice", new Rect(10, 90, 60, 22), null, inside, null,
                        dev.faustwire.core.json.JsonValue.JsonObject.EMPTY));
        Outline outline = Outlines.of(patch, PORTS);
        assertEquals(List.of("box-2", "box-5", "box-1"), outline.items().stream().map(Outline.Item::boxId).toList());
        Outline.Item sub = outline.item("box-5");
        assertEquals(2, sub.inside());
        assertEquals("box 5, \u201cp voice\u201d, holds a patch of 2 boxes", sub.sentence());
        assertEquals("box 1, comment: says hello", outline.item("box-1").sentence());
        assertTrue(outline.item("box-1").comment());
        assertNull(outline.item("box-9"));
    }

    @Test
    void aLineBeyondTheKnownPortsAndToAMissingBoxStillReadsWithoutFailing() {
        Patch odd = new Patches()
                .box("box-1", "in 1", 10, 10)
                .box("box-2", "mystery", 10, 60)     // ports unknown
                .line("box-1", 0, "box-2", 3)
                .line("box-1", 0, "box-7", 0)        // a missing box
                .patch();
        List<String> said = sentences(odd);
        assertEquals("box 1, \u201cin 1\u201d, output to input 4 of box 2 \u201cmystery\u201d", said.get(0));
        assertEquals("box 2, \u201cmystery\u201d, input 1 unconnected; input 2 unconnected; input 3 unconnected;"
                + " input 4 from box 1 \u201cin 1\u201d", said.get(1));
    }

    @Test
    void portReadingsCarryTheLinesAndTheirOtherEnds() {
        Patch chain = new Patches()
                .box("box-1", "in 1", 10, 10)
                .box("box-2", "out 1", 10, 60)
                .line("box-1", 0, "box-2", 0)
                .patch();
        Outline.Item in = Outlines.of(chain, PORTS).item("box-1");
        assertEquals(0, in.inlets());
        assertEquals(1, in.outlets());
        Outline.PortReading out = in.ports().get(0);
        assertEquals(List.of(new Outline.End("box-2", 0, "line-1")), out.ends());
        assertEquals("output to box 2 \u201cout 1\u201d", out.phrase());
    }

    @Test
    void wordsNameBoxesAndJoinLists() {
        assertEquals("box 12", Words.boxName("box-12"));
        assertEquals("box x7", Words.boxName("x7"));
        assertEquals(-1, Words.number("box-1a"));
        assertEquals("a, b and c", Words.list(List.of("a", "b", "c")));
        assertEquals("1 box", Words.boxes(1));
        assertEquals("0 boxes", Words.boxes(0));
    }

    @Test
    void boxNumbersComeOnlyFromTheDigitsAfterTheLastDash() {
        assertEquals(7, Words.number("box-7"));
        assertEquals(12, Words.number("line-box-12"));
        assertEquals(-1, Words.number("box-"), "no digits");
        assertEquals(-1, Words.number("box7"), "no dash");
        assertEquals(-1, Words.number("box-1234567890"), "too long to be a number we say");
        assertEquals("box box-", Words.boxName("box-"));
        assertEquals("\u201c* 0.5\u201d", Words.quoted("* 0.5"));
        assertEquals("", Words.list(List.of()));
        assertEquals("a and b", Words.list(List.of("a", "b")));
    }
}
