package dev.faustwire.session.audition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.session.audition.Control.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Slider positions, step rounding and display of one control, at the edges of what Faust allows. */
class ControlTest {

    @Test
    void everyPositionOfALinearSliderIsAStepAndComesBackToItself() {
        Control c = control(false, 0.1, 0, 1, 0.01, "");
        for (int p = 0; p <= c.positions(); p++) {
            assertEquals(p, c.position(c.valueAt(p)), "position " + p);
        }
    }

    @Test
    void aLogSliderRoundTripsEveryPositionWhenTheStepIsFineEnough() {
        Control c = control(true, 1000, 20, 20000, 0.001, "Hz");
        for (int p = 0; p <= c.positions(); p++) {
            assertEquals(p, c.position(c.valueAt(p)), "position " + p);
        }
    }

    @Test
    void aRangeWithTooManyStepsFallsBackToFinePositions() {
        Control c = control(false, 0, 0, 100_000, 1, "");
        assertEquals(Control.FINE_POSITIONS, c.positions());
        assertEquals(50_000, c.valueAt(500));
        assertEquals(500, c.position(50_000));
    }

    @Test
    void noStepMeansFinePositionsAndValuesKeptAsTheyCome() {
        Control c = control(false, 0, -1, 1, 0, "");
        assertEquals(Control.FINE_POSITIONS, c.positions());
        assertEquals(0, c.valueAt(500));
        assertEquals(-0.25, c.snap(-0.25));
    }

    @Test
    void aStepThatDoesNotDivideTheRangeNeverLeavesIt() {
        Control c = control(false, 0, 0, 1, 0.3, "");
        assertEquals(3, c.positions());
        assertEquals(0.9, c.valueAt(3));
        assertEquals(0.9, c.snap(0.99), "the nearest step");
        assertEquals(0.9, c.snap(5), "the last step within the range, not 1.2");
    }

    @Test
    void anEmptyRangeHasOnePositionAndOneValue() {
        Control c = control(false, 5, 5, 5, 1, "");
        assertEquals(0, c.position(7));
        assertEquals(5, c.valueAt(0));
        assertEquals(5, c.valueAt(1000));
    }

    @Test
    void stepsCountFromTheMinimumAsFaustDoes() {
        Control c = control(false, 0.5, 0.25, 10, 1, "");
        assertEquals(1.25, c.snap(1.1));
        assertEquals(0.25, c.valueAt(0));
    }

    @Test
    void negativeAndFractionalValuesAreShownWithOurNumberFormat() {
        Control db = control(false, -6, -60, 0, 0.1, "dB");
        assertEquals("-6 dB", db.display(-6));
        assertEquals("-12.5 dB", db.display(db.snap(-12.46)));
        assertEquals("0 dB", db.display(-0.0));
        assertEquals("0.000123", control(false, 0, 0, 1, 0, "").display(0.000123));
    }

    @Test
    void typedNumbersAcceptWhatPeopleType() {
        Control db = control(false, -6, -60, 0, 0.1, "dB");
        assertEquals(-12.5, db.parse("-12.5"));
        assertEquals(-0.5, db.parse("-.5"));
        assertEquals(-60.0, db.parse("-1e3"), "clamped to the minimum");
        assertEquals(null, db.parse("-12 dB"), "the unit is shown, not typed");
        assertEquals(null, db.parse("Infinity"));
    }

    @Test
    void kindsKnowTheirFaustTypeAndFamily() {
        assertEquals("hslider", Kind.HSLIDER.type());
        assertEquals("tgroup", Kind.TGROUP.type());
        assertTrue(Kind.VSLIDER.isSlider());
        assertFalse(Kind.NENTRY.isSlider());
        assertTrue(Kind.VBARGRAPH.isBargraph());
        assertTrue(Kind.HGROUP.isGroup());
        assertFalse(Kind.CHECKBOX.isGroup());
    }

    @Test
    void theChildrenOfAGroupCannotBeChangedFromOutside() {
        List<Control> children = new java.util.ArrayList<>();
        children.add(control(false, 0, 0, 1, 0.1, ""));
        Control group = new Control(Kind.HGROUP, "g", "", 0, 0, 0, 0, "", false, "", children);
        children.clear();
        assertEquals(1, group.items().size());
    }

    private static Control control(boolean log, double init, double min, double max, double step, String unit) {
        return new Control(Kind.HSLIDER, "x", "/main/x", init, min, max, step, unit, log, "", List.of());
    }
}
