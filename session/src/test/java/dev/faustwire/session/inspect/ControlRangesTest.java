package dev.faustwire.session.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The numbers of control boxes as fields, and the box text an edit of one of them makes. */
class ControlRangesTest {

    private static String set(String text, String field, String value) {
        ControlRanges.Edited edited = ControlRanges.set("box-1", text, field, value);
        assertTrue(edited.ok(), () -> edited.problem().message());
        return edited.text();
    }

    @Test
    void aSliderShowsItsFourNumbers() {
        assertEquals(List.of(new RangeField("init", "440"), new RangeField("min", "20"), new RangeField("max", "2000"),
                new RangeField("step", "1")), ControlRanges.of("hslider freq 440 20 2000 1"));
    }

    @Test
    void missingNumbersShowTheDefaultsCodegenUses() {
        assertEquals(List.of(new RangeField("init", "0"), new RangeField("min", "0"), new RangeField("max", "1"),
                new RangeField("step", "0.01")), ControlRanges.of("vslider gain"));
        assertEquals(List.of(new RangeField("min", "-60"), new RangeField("max", "1")),
                ControlRanges.of("hbargraph level -60"));
    }

    @Test
    void otherBoxesHaveNoRange() {
        assertTrue(ControlRanges.of("fi.lowpass 2").isEmpty());
        assertTrue(ControlRanges.of("button gate").isEmpty());
        assertTrue(ControlRanges.of("hslider \"unclosed").isEmpty());
    }

    @Test
    void editingTheMaxReplacesThatNumberOnly() {
        assertEquals("hslider freq 440 20 5000 1", set("hslider freq 440 20 2000 1", "max", "5000"));
        assertEquals("hslider freq 440 20 2000 0.5", set("hslider freq 440 20 2000 1", "step", " 0.5 "));
        assertEquals("hslider freq 300 20 2000 1", set("hslider freq 440 20 2000 1", "init", "300"));
    }

    @Test
    void aSliderWithoutLabelKeepsItsNumbersInPlace() {
        assertEquals("nentry 1 0 16 1", set("nentry 1 0 10 1", "max", "16"));
    }

    @Test
    void aQuotedLabelStaysAsTyped() {
        assertEquals("hslider \"cut off\" 440 20 9000 1", set("hslider \"cut off\" 440 20 2000 1", "max", "9000"));
    }

    @Test
    void anAttributeIsEditedWhereItIs() {
        assertEquals("hslider freq @max 5000 @min 20", set("hslider freq @max 2000 @min 20", "max", "5000"));
        assertEquals("hslider 440 0 10 @label freq", set("hslider 440 0 1 @label freq", "max", "10"));
    }

    @Test
    void aNumberTheTextDoesNotGiveIsAddedAsAnAttribute() {
        assertEquals("hslider freq 440 20 @max 5000", set("hslider freq 440 20", "max", "5000"));
        assertEquals("hbargraph level @max 2", set("hbargraph level", "max", "2"));
    }

    @Test
    void aWordThatIsNoNumberGivesAClearProblemAndNoText() {
        ControlRanges.Edited edited = ControlRanges.set("box-4", "hslider freq 440 20 2000 1", "max", "lots");
        assertFalse(edited.ok());
        assertNull(edited.text());
        assertEquals(Code.INSPECTOR_NOT_A_NUMBER, edited.problem().code());
        assertEquals("box-4", edited.problem().boxId());
        assertEquals("the max of \"hslider\" is a number, not \"lots\"; the box keeps \"hslider freq 440 20 2000 1\"",
                edited.problem().message());
        assertEquals(Code.INSPECTOR_NOT_A_NUMBER, ControlRanges.set("box-4", "hslider f 1 0 2 1", "min", "").problem().code());
    }

    @Test
    void aMinimumAboveTheMaximumIsRefused() {
        ControlRanges.Edited edited = ControlRanges.set("box-1", "hslider freq 440 20 2000 1", "max", "10");
        assertEquals(Code.INSPECTOR_RANGE_INVALID, edited.problem().code());
        assertEquals("the minimum 20 would be above the maximum 10; the box keeps \"hslider freq 440 20 2000 1\"",
                edited.problem().message());
        assertEquals(Code.INSPECTOR_RANGE_INVALID,
                ControlRanges.set("box-1", "hslider freq 440 20 2000 1", "min", "3000").problem().code());
        assertEquals(Code.INSPECTOR_RANGE_INVALID,
                ControlRanges.set("box-1", "hbargraph m 0 1", "min", "2").problem().code());
    }

    @Test
    void aStepOfZeroOrLessIsRefused() {
        assertEquals(Code.INSPECTOR_RANGE_INVALID, ControlRanges.set("box-1", "hslider f 1 0 2 1", "step", "0").problem().code());
        assertEquals(Code.INSPECTOR_RANGE_INVALID, ControlRanges.set("box-1", "hslider f 1 0 2 1", "step", "-1").problem().code());
    }

    @Test
    void minEqualToMaxIsAllowedAsCodegenAllowsIt() {
        assertEquals("hslider f 1 2 2 1", set("hslider f 1 0 2 1", "min", "2"));
    }

    @Test
    void aFieldTheBoxDoesNotHaveIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> ControlRanges.set("box-1", "hbargraph m 0 1", "step", "1"));
        assertThrows(IllegalArgumentException.class, () -> ControlRanges.set("box-1", "os.osc 440", "max", "1"));
    }

    @Test
    void numbersAsPeopleTypeThemAreAccepted() {
        assertEquals("vslider v 0 0 +5 0.1", set("vslider v 0 0 1 0.1", "max", "+5"));
        assertEquals("vslider v 0 0 .5 0.1", set("vslider v 0 0 1 0.1", "max", ".5"));
        assertEquals("vslider v 0 0 5. 0.1", set("vslider v 0 0 1 0.1", "max", "5."));
        assertEquals("vslider v 0 0 1e3 0.1", set("vslider v 0 0 1 0.1", "max", "1e3"));
        assertEquals("vslider v 0 -12 1 0.1", set("vslider v 0 0 1 0.1", "min", "-12"));
    }

    @Test
    void theRangeCheckComparesValuesNotTexts() {
        assertEquals(Code.INSPECTOR_RANGE_INVALID, ControlRanges.set("box-1", "vslider v 0 0 1 0.1", "min", "1e3").problem().code());
        assertEquals("vslider v 0 9 10 0.1", set("vslider v 0 0 10 0.1", "min", "9"), "9 is below 10, though \"9\" > \"10\"");
    }

    @Test
    void anAttributeWithoutOneValueReadsAsTheDefault() {
        assertEquals(List.of(new RangeField("init", "0"), new RangeField("min", "0"), new RangeField("max", "1"),
                new RangeField("step", "0.01")), ControlRanges.of("hslider f @max"));
    }

    @Test
    void aVerticalBargraphIsEditedAsTheHorizontalOne() {
        assertEquals("vbargraph level -60 6", set("vbargraph level -60 0", "max", "6"));
        assertEquals("vbargraph level -90 0", set("vbargraph level -60 0", "min", "-90"));
    }

    @Test
    void theDefaultsTakePartInTheRangeCheck() {
        assertEquals(Code.INSPECTOR_RANGE_INVALID, ControlRanges.set("box-1", "hslider f", "min", "2").problem().code(),
                "the default max is 1");
        assertEquals("hslider f @min 0.5", set("hslider f", "min", "0.5"));
    }
}
