package dev.faustwire.core.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Rect;
import dev.faustwire.core.view.FakePorts;
import java.util.List;
import org.junit.jupiter.api.Test;

class LevelSummaryTest {
    private final Patch inner = new Patches().box("box-1", "in 1", 0, 0).box("box-2", "out 1", 0, 40).patch();
    private final Patch top = new Patches().box("box-3", "in 1", 0, 0).patch()
            .withBox("box-9", new Box("box-9", "p voice", new Rect(0, 60, 60, 22)).withSubpatch(inner));

    @Test
    void theTopLevelSaysHowManyBoxesOrThatItIsEmpty() {
        assertEquals("2 boxes in signal order.", LevelSummary.of(top, List.of(), Outlines.of(top, new FakePorts())));
        assertEquals("An empty patch.", LevelSummary.of(Patch.EMPTY, List.of(), Outline.EMPTY));
    }

    @Test
    void insideASubPatcherItSaysWhichBoxHoldsItAndHowToGoBack() {
        assertEquals("Inside box 9 \u201cp voice\u201d: 2 boxes in signal order. Escape goes back.",
                LevelSummary.of(top, List.of("box-9"), Outlines.of(inner, new FakePorts())));
        assertEquals("Inside box 7: 0 boxes in signal order. Escape goes back.",
                LevelSummary.of(top, List.of("box-7"), Outline.EMPTY), "a holder that is gone is still named");
    }

    @Test
    void insideAnOndemandBoxItSaysWhatTicksIt() {
        Patch inner = Patch.EMPTY.withBox("box-1", new dev.faustwire.core.model.Box("box-1", "in 1",
                new dev.faustwire.core.model.Rect(0, 0, 40, 22)));
        Patch top = Patch.EMPTY
                .withBox("box-1", new dev.faustwire.core.model.Box("box-1", "clock 64", new dev.faustwire.core.model.Rect(0, 0, 60, 22)))
                .withBox("box-2", new dev.faustwire.core.model.Box("box-2", "ondemand", new dev.faustwire.core.model.Rect(0, 40, 60, 22))
                        .withSubpatch(inner))
                .withLine("line-1", new dev.faustwire.core.model.Line("line-1", new dev.faustwire.core.model.Port("box-1", 0),
                        new dev.faustwire.core.model.Port("box-2", 0)));
        assertEquals("Inside box 2 “ondemand”: 1 box in signal order. On demand: runs on the ticks of “clock 64”."
                + " Escape goes back.", LevelSummary.of(top, List.of("box-2"), Outlines.of(inner, new FakePorts())));
    }
}
