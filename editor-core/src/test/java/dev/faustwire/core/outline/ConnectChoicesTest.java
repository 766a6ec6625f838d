package dev.faustwire.core.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faustwire.core.model.Patch;
import dev.faustwire.core.view.FakePorts;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectChoicesTest {
    private final Patch patch = new Patches()
            .box("box-1", "in 1", 10, 10)
            .box("box-2", "+", 10, 60)
            .box("box-3", "in 2", 100, 10)
            .box("box-4", "out 1", 10, 110)
            .box("box-5", "comment notes", 200, 200)
            .line("box-1", 0, "box-2", 0)
            .patch();
    private final Outline outline = Outlines.of(patch, new FakePorts());

    @Test
    void targetsAreTheBoxesWithInletsInSignalOrder() {
        assertEquals(List.of("box 2 \u201c+\u201d", "box 4 \u201cout 1\u201d"),
                ConnectChoices.targets(outline).stream().map(ConnectChoices::label).toList());
    }

    @Test
    void theFirstChoiceIsTheNextBoxWithInletsAfterTheStart() {
        assertEquals(0, ConnectChoices.firstChoice(outline, "box-3"), "in 2 (read second) is followed by +");
        assertEquals(1, ConnectChoices.firstChoice(outline, "box-2"), "after + comes out 1");
        assertEquals(0, ConnectChoices.firstChoice(outline, "box-4"), "after the last box: the first");
        assertEquals(0, ConnectChoices.firstChoice(outline, "box-99"), "from a box that is gone: the first");
        assertEquals(-1, ConnectChoices.firstChoice(Outlines.of(Patch.EMPTY, new FakePorts()), "box-1"));
    }

    @Test
    void portsAreOfferedWithWhatIsConnectedThere() {
        assertEquals(List.of("output to input 1 of box 2 \u201c+\u201d"), ConnectChoices.outlets(outline.item("box-1")));
        assertEquals(List.of("input 1 from box 1 \u201cin 1\u201d", "input 2 unconnected"),
                ConnectChoices.inlets(outline.item("box-2")));
        assertEquals("connected output of box 3 \u201cin 2\u201d to input 2 of box 2 \u201c+\u201d",
                ConnectChoices.done(outline.item("box-3"), 0, outline.item("box-2"), 1));
    }
}
