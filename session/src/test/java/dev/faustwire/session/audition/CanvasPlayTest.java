package dev.faustwire.session.audition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.session.audition.Control.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The value bar of a box in play mode and the value a drag in it gives. */
class CanvasPlayTest {
    private static Control of(Kind kind, double init, double min, double max, double step, boolean log, String style) {
        return new Control(kind, "x", "/main/x", init, min, max, step, "", log, "", List.of(), style);
    }

    @Test
    void aHorizontalSliderSpreadsItsRangeOverTheBoxWidth() {
        Control freq = of(Kind.HSLIDER, 440, 20, 2000, 1, false, "");
        assertEquals(440 + 990, CanvasPlay.dragged(freq, 440, 75, 40, 150), 1e-9, "half the width is half the range");
        assertEquals(440, CanvasPlay.dragged(freq, 440, 0, 80, 150), 1e-9, "a vertical move does nothing");
        assertEquals(2000, CanvasPlay.dragged(freq, 440, 500, 0, 150), 1e-9);
        assertEquals(20, CanvasPlay.dragged(freq, 440, -500, 0, 150), 1e-9);
        assertEquals(440 + 198, CanvasPlay.dragged(freq, 440, 10, 0, 60), 1e-9, "a narrow box spreads it over 100 px");
    }

    @Test
    void verticalSlidersEntriesAndKnobsFollowUpAndDown() {
        for (Control c : List.of(of(Kind.VSLIDER, 0.5, 0, 1, 0.01, false, ""), of(Kind.NENTRY, 0.5, 0, 1, 0.01, false, ""),
                of(Kind.HSLIDER, 0.5, 0, 1, 0.01, false, "knob"))) {
            assertEquals(0.75, CanvasPlay.dragged(c, 0.5, 300, -50, 150), 1e-9, c.kind() + " " + c.style());
            assertEquals(0.25, CanvasPlay.dragged(c, 0.5, 0, 50, 150), 1e-9);
        }
    }

    @Test
    void aLogSliderMovesByPosition() {
        Control freq = of(Kind.HSLIDER, 440, 20, 2000, 1, true, "");
        assertEquals(200, CanvasPlay.dragged(freq, 20, 75, 0, 150), 1e-9, "half way along a log range is its geometric middle");
        assertEquals(0.5, CanvasPlay.fraction(freq, 200), 1e-9);
    }

    @Test
    void theBarIsTheFractionOfTheRange() {
        Control gain = of(Kind.HSLIDER, 0.1, -1, 1, 0.01, false, "");
        assertEquals(0.5, CanvasPlay.fraction(gain, 0), 1e-9);
        assertEquals(1, CanvasPlay.fraction(gain, 3), 1e-9);
        assertEquals(0, CanvasPlay.fraction(gain, -3), 1e-9);
        assertEquals(0, CanvasPlay.fraction(of(Kind.HBARGRAPH, 0, 0, 0, 0, false, ""), 0), 1e-9, "an empty range");
    }

    @Test
    void onlySlidersAndEntriesAreDragged() {
        assertTrue(CanvasPlay.draggable(of(Kind.HSLIDER, 0, 0, 1, 0.1, false, "")));
        assertTrue(CanvasPlay.draggable(of(Kind.NENTRY, 0, 0, 1, 0.1, false, "")));
        assertFalse(CanvasPlay.draggable(of(Kind.BUTTON, 0, 0, 1, 1, false, "")));
        assertFalse(CanvasPlay.draggable(of(Kind.CHECKBOX, 0, 0, 1, 1, false, "")));
        assertFalse(CanvasPlay.draggable(of(Kind.VBARGRAPH, 0, 0, 1, 0, false, "")));
    }

    @Test
    void aDragRoundsToTheStepAndANegativeRangeWorksTheSameWay() {
        Control detune = of(Kind.HSLIDER, 0, -12, 12, 0.5, false, "");
        assertEquals(6, CanvasPlay.dragged(detune, 0, 50, 0, 200), 1e-9, "a quarter of 24 is 6");
        assertEquals(0, CanvasPlay.dragged(detune, 0, 2, 0, 200), 1e-9, "2 px is 0.24: less than half a step");
        assertEquals(0.5, CanvasPlay.dragged(detune, 0, 3, 0, 200), 1e-9, "3 px is 0.36: one step of 0.5");
        assertEquals(-12, CanvasPlay.dragged(detune, 0, -400, 0, 200), 1e-9);
        Control fine = of(Kind.HSLIDER, 0.5, 0, 1, 0.00001, false, "");
        assertEquals(1000, fine.positions(), "100,000 steps are too many: 1000 positions");
        assertEquals(0.6, CanvasPlay.dragged(fine, 0.5, 20, 0, 200), 1e-9);
    }
}
