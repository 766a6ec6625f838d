package dev.faustwire.session.audition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AuditionOptionsTest {
    @Test
    void noQueryFadesFortyMillisecondsAndRecordsNothing() {
        AuditionOptions none = AuditionOptions.fromQuery("");
        assertEquals(40, none.fadeMs());
        assertEquals(0.04, none.fadeSeconds(), 1e-12);
        assertFalse(none.record());
    }

    @Test
    void theQueryTurnsTheFadeOffAndTheRecorderOn() {
        AuditionOptions hard = AuditionOptions.fromQuery("?fade=0&record");
        assertEquals(0, hard.fadeMs());
        assertTrue(hard.record());
        assertEquals(700, AuditionOptions.fromQuery("?x=1&fade=700").fadeMs());
        assertFalse(AuditionOptions.fromQuery("?record=0").record());
    }

    @Test
    void aFadeThatMakesNoSenseKeepsTheDefault() {
        assertEquals(40, AuditionOptions.fromQuery("?fade=-5").fadeMs());
        assertEquals(40, AuditionOptions.fromQuery("?fade=abc").fadeMs());
        assertEquals(40, AuditionOptions.fromQuery("?fade=99999").fadeMs());
        assertEquals(40, AuditionOptions.fromQuery("?fade").fadeMs());
    }
}
