package dev.faustwire.session.audition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputChoicesTest {
    private static final double RATE = 48000;

    @Test
    void everyChannelStartsSilentAndTheCountFollowsTheDsp() {
        InputChoices choices = new InputChoices();
        assertTrue(choices.resize(2));
        assertEquals(2, choices.count());
        assertEquals(InputKind.SILENCE, choices.get(0).kind());
        assertEquals("{\"kind\":\"silence\"}", choices.get(1).json());
        assertFalse(choices.resize(2), "the same count changes nothing");
        assertTrue(choices.resize(0));
        assertEquals(0, choices.count());
        assertFalse(choices.resize(-3), "a negative count is no inputs");
    }

    @Test
    void aChoiceIsKeptAcrossSwapsByChannelAndTheLastChannelsAreDropped() {
        InputChoices choices = new InputChoices();
        choices.resize(3);
        assertTrue(choices.choose(0, "sine"));
        assertTrue(choices.choose(2, "pink"));
        choices.resize(2);
        choices.resize(3);
        assertEquals(InputKind.SINE, choices.get(0).kind());
        assertEquals(InputKind.SILENCE, choices.get(2).kind(), "a dropped channel comes back silent");
    }

    @Test
    void eachSourceStartsWithItsInitialSettings() {
        assertEquals("{\"kind\":\"sine\",\"frequency\":440,\"level\":0.5}", InputChoice.initial(InputKind.SINE).json());
        assertEquals("{\"kind\":\"sweep\",\"from\":20,\"to\":20000,\"period\":5,\"level\":0.5}",
                InputChoice.initial(InputKind.SWEEP).json());
        assertEquals("{\"kind\":\"impulse\",\"rate\":2,\"level\":0.5}", InputChoice.initial(InputKind.IMPULSE).json());
        assertEquals("{\"kind\":\"microphone\"}", InputChoice.initial(InputKind.MICROPHONE).json());
        assertEquals("{\"kind\":\"file\",\"level\":0.5}", InputChoice.initial(InputKind.FILE).json());
    }

    @Test
    void theSourcesAPersonCanChooseAreTheEightOfTheIssue() {
        List<String> ids = new ArrayList<>();
        for (InputKind k : InputKind.values()) {
            ids.add(k.id());
            assertEquals(k, InputKind.of(k.id()));
            assertFalse(k.label().isEmpty());
        }
        assertEquals(List.of("silence", "sine", "white", "pink", "impulse", "sweep", "file", "microphone"), ids);
        assertNull(InputKind.of("brown"));
        assertNull(InputKind.SINE.param("rate"));
    }

    @Test
    void anUnknownSourceIsRefusedAndChangesNothing() {
        InputChoices choices = new InputChoices();
        choices.resize(1);
        choices.choose(0, "white");
        assertFalse(choices.choose(0, "brown"));
        assertFalse(choices.choose(1, "sine"), "no such channel");
        assertFalse(choices.choose(-1, "sine"));
        assertEquals(InputKind.WHITE, choices.get(0).kind());
    }

    @Test
    void theLevelIsKeptWhenTheSourceChangesAndTheRestStartsAgain() {
        InputChoices choices = new InputChoices();
        choices.resize(1);
        choices.choose(0, "sine");
        assertNull(choices.set(0, "level", "0.25", RATE));
        assertNull(choices.set(0, "frequency", "300", RATE));
        choices.choose(0, "white");
        choices.choose(0, "sine");
        assertEquals(0.25, choices.get(0).value("level"));
        assertEquals(440, choices.get(0).value("frequency"), "the frequency starts again at its initial value");
        choices.choose(0, "microphone");
        assertEquals(0, choices.get(0).value("level"), "a microphone has no level");
    }

    @Test
    void aTypedSettingIsTakenTrimmed() {
        InputChoices choices = new InputChoices();
        choices.resize(1);
        choices.choose(0, "sine");
        assertNull(choices.set(0, "frequency", " 300 ", RATE));
        assertEquals("{\"kind\":\"sine\",\"frequency\":300,\"level\":0.5}", choices.get(0).json());
    }

    @Test
    void textThatIsNotANumberIsAProblemAndTheOldValueStays() {
        InputChoices choices = new InputChoices();
        choices.resize(1);
        choices.choose(0, "sine");
        InputProblem p = choices.set(0, "frequency", "fast", RATE);
        assertEquals(InputProblem.NOT_A_NUMBER, p.code());
        assertEquals("frequency", p.param());
        assertEquals("frequency: \u201cfast\u201d is not a number", p.message());
        assertEquals(InputProblem.NOT_A_NUMBER, choices.set(0, "frequency", "", RATE).code());
        assertEquals(440, choices.get(0).value("frequency"));
    }

    @Test
    void aValueOutsideItsRangeIsAProblemThatSaysTheRange() {
        InputChoices choices = new InputChoices();
        choices.resize(1);
        choices.choose(0, "sine");
        InputProblem p = choices.set(0, "level", "1.5", RATE);
        assertEquals(InputProblem.OUT_OF_RANGE, p.code());
        assertEquals("level must be between 0 and 1", p.message());
        assertEquals("frequency must be between 1 and 20000 Hz", choices.set(0, "frequency", "0", RATE).message());
        assertEquals(InputProblem.OUT_OF_RANGE, choices.set(0, "frequency", "-3", RATE).code());
        choices.choose(0, "impulse");
        assertEquals("rate must be between 0.1 and 1000 Hz", choices.set(0, "rate", "5000", RATE).message());
        assertEquals(0.5, choices.get(0).value("level"));
    }

    @Test
    void aFrequencyAtOrAboveHalfTheSampleRateIsAProblem() {
        InputChoices choices = new InputChoices();
        choices.resize(1);
        choices.choose(0, "sine");
        InputProblem p = choices.set(0, "frequency", "11025", 22050);
        assertEquals(InputProblem.ABOVE_NYQUIST, p.code());
        assertEquals("frequency must be below half the sample rate (11025 Hz)", p.message());
        assertNull(choices.set(0, "frequency", "11024", 22050));
        assertNull(choices.set(0, "frequency", "20000", 0), "an unknown rate (audio off) checks the range only");
    }

    @Test
    void aSweepMustGoUp() {
        InputChoices choices = new InputChoices();
        choices.resize(1);
        choices.choose(0, "sweep");
        InputProblem p = choices.set(0, "from", "20000", RATE);
        assertEquals(InputProblem.EMPTY_SWEEP, p.code());
        assertEquals("a sweep goes up: from (20000 Hz) must be below to (20000 Hz)", p.message());
        assertEquals(InputProblem.EMPTY_SWEEP, choices.set(0, "to", "10", RATE).code());
        assertNull(choices.set(0, "to", "1000", RATE));
        assertNull(choices.set(0, "from", "100", RATE));
        assertEquals("{\"kind\":\"sweep\",\"from\":100,\"to\":1000,\"period\":5,\"level\":0.5}", choices.get(0).json());
    }

    @Test
    void aSettingTheSourceDoesNotHaveIsAProblem() {
        InputChoices choices = new InputChoices();
        choices.resize(1);
        choices.choose(0, "white");
        InputProblem p = choices.set(0, "frequency", "300", RATE);
        assertEquals("a white noise has no frequency", p.message());
        assertEquals("{\"kind\":\"white\",\"level\":0.5}", choices.get(0).json());
    }

    @Test
    void theCodesAreDistinct() {
        List<String> codes = List.of(InputProblem.NOT_A_NUMBER, InputProblem.OUT_OF_RANGE, InputProblem.ABOVE_NYQUIST,
                InputProblem.EMPTY_SWEEP);
        assertEquals(codes.size(), codes.stream().distinct().count());
    }
}
