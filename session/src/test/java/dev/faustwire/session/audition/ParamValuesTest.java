package dev.faustwire.session.audition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamValuesTest {
    private final ParamValues values = new ParamValues();

    @Test
    void nothingSetCarriesNothing() {
        assertEquals(Map.of(), values.carriedTo(List.of("/main/freq")));
        assertNull(values.get("/main/freq"));
    }

    @Test
    void theLastValueSetWins() {
        values.set("/main/freq", 220);
        values.set("/main/freq", 660);
        assertEquals(Map.of("/main/freq", 660.0), values.carriedTo(List.of("/main/freq")));
    }

    @Test
    void carriedValuesFollowTheNewDspsOrderOfControls() {
        values.set("/main/b", 2);
        values.set("/main/a", 1);
        values.set("/main/c", 3);
        assertEquals(List.of("/main/c", "/main/a"),
                new ArrayList<>(values.carriedTo(List.of("/main/c", "/main/x", "/main/a")).keySet()));
    }

    @Test
    void aValueComesBackWithItsAddress() {
        values.set("/main/gain", 0.25);
        assertEquals(Map.of(), values.carriedTo(List.of("/main/other")), "a DSP without the control");
        assertEquals(Map.of("/main/gain", 0.25), values.carriedTo(List.of("/main/gain")), "the control is back");
    }
}
