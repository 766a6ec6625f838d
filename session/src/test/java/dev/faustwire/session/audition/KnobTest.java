package dev.faustwire.session.audition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.session.audition.Control.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A knob's angle, its vertical drag and its keys. */
class KnobTest {
    private static final Control GAIN = new Control(Kind.HSLIDER, "gain", "/main/gain", 0.1, 0, 1, 0.01, "", false,
            "", List.of(), "knob");
    private static final Control FREQ = new Control(Kind.HSLIDER, "freq", "/main/freq", 440, 20, 2000, 1, "Hz", true,
            "", List.of(), "knob");

    @Test
    void thePointerTurnsFromDownLeftToDownRight() {
        assertEquals(-135, Knob.angle(GAIN, 0), 1e-9);
        assertEquals(0, Knob.angle(GAIN, 0.5), 1e-9);
        assertEquals(135, Knob.angle(GAIN, 1), 1e-9);
        assertEquals(135, Knob.angle(GAIN, 7), 1e-9, "out of range shows the end");
        assertEquals(-135 + 270 * 0.671, Knob.angle(FREQ, 440), 1e-9, "a log knob turns by log position");
    }

    @Test
    void draggingUpTurnsItUpAndTheTravelIsTheWholeRange() {
        assertEquals(0.6, Knob.dragged(GAIN, 0.1, -100), 1e-9, "100 px up is half of 200 px");
        assertEquals(0.1, Knob.dragged(GAIN, 0.1, 0), 1e-9);
        assertEquals(0, Knob.dragged(GAIN, 0.1, 300), 1e-9, "kept in range");
        assertEquals(1, Knob.dragged(GAIN, 0.1, -1000), 1e-9);
        assertEquals(2000, Knob.dragged(FREQ, 440, -200), 1e-9);
    }

    @Test
    void keysMoveOnePositionATenthOrToTheEnds() {
        assertEquals(0.11, Knob.key(GAIN, 0.1, "ArrowUp"), 1e-9);
        assertEquals(0.11, Knob.key(GAIN, 0.1, "ArrowRight"), 1e-9);
        assertEquals(0.09, Knob.key(GAIN, 0.1, "ArrowDown"), 1e-9);
        assertEquals(0.2, Knob.key(GAIN, 0.1, "PageUp"), 1e-9);
        assertEquals(0, Knob.key(GAIN, 0.05, "PageDown"), 1e-9);
        assertEquals(0, Knob.key(GAIN, 0.5, "Home"), 1e-9);
        assertEquals(1, Knob.key(GAIN, 0.5, "End"), 1e-9);
        assertEquals(0, Knob.key(GAIN, 0, "ArrowLeft"), 1e-9, "the minimum stays");
        assertNull(Knob.key(GAIN, 0.5, "a"));
    }

    @Test
    void aLogKnobStepsByLogPositionsAndAStepKnobByItsSteps() {
        assertEquals(1000, FREQ.positions());
        double up = Knob.key(FREQ, 440, "ArrowUp");
        assertTrue(up > 440 && up < 445, "one of 1000 log positions: " + up);
        assertEquals(20, Knob.key(FREQ, 440, "Home"), 1e-9);
        assertEquals(2000, Knob.key(FREQ, 440, "End"), 1e-9);
        Control octave = new Control(Kind.HSLIDER, "oct", "/main/oct", 0, -2, 2, 1, "", false, "", List.of(), "knob");
        assertEquals(4, octave.positions());
        assertEquals(1, Knob.key(octave, 0, "PageUp"), 1e-9, "a tenth of 4 positions is still one");
        assertEquals(-67.5, Knob.angle(octave, -1), 1e-9, "a quarter of the way: -135 + 67.5");
        assertEquals(2, Knob.dragged(octave, 0, -100), 1e-9);
    }
}
