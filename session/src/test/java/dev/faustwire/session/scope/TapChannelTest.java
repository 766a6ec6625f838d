package dev.faustwire.session.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The tapped channel of a compile answer, and -1 for everything that is not one. */
class TapChannelTest {
    @Test
    void theChannelTheServerNamed() {
        assertEquals(1, TapChannel.of("{\"ok\": true, \"outputs\": 2, \"tap\": 1}"));
        assertEquals(0, TapChannel.of("{\"tap\": 0}"));
    }

    @Test
    void noTapOrNotOne() {
        assertEquals(-1, TapChannel.of("{\"ok\": true, \"outputs\": 1, \"tap\": null}"));
        assertEquals(-1, TapChannel.of("{\"ok\": true, \"outputs\": 1}"));
        assertEquals(-1, TapChannel.of("{\"tap\": -1}"));
        assertEquals(-1, TapChannel.of("{\"tap\": 1.5}"));
        assertEquals(-1, TapChannel.of("{\"tap\": \"1\"}"));
        assertEquals(-1, TapChannel.of("[1]"));
        assertEquals(-1, TapChannel.of("not json"));
        assertEquals(-1, TapChannel.of(null));
    }
}
