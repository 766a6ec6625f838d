package dev.faustwire.session.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Over 2000 random states: the text is canonical, reads back to the same state, and writes back byte-identical. */
class LiveStateFormatPropertyTest {
    @Test
    void everyRandomStateRoundTrips() {
        Random random = new Random(18);
        for (int i = 0; i < 2000; i++) {
            LiveState state = LiveStates.random(random);
            String text = LiveStateFormat.write(state);
            LiveStateFormat.Reading reading = LiveStateFormat.read(text);
            assertTrue(reading.ok(), () -> text + reading.diagnostics());
            assertEquals(state, reading.state(), text);
            assertEquals(text, LiveStateFormat.write(reading.state()));
            assertEquals(text, JsonWriter.write(JsonParser.parse(text).value()), "canonical JSON");
            assertTrue(text.endsWith("}\n"));
        }
    }

    @Test
    void extraFieldsAnywhereAreIgnored() {
        Random random = new Random(5);
        for (int i = 0; i < 300; i++) {
            LiveState state = LiveStates.random(random);
            String text = LiveStateFormat.write(state);
            String padded = text.replace("\"id\":", "\"zzExtra\": [1, {\"x\": null}], \"id\":")
                    .replace("\"format\":", "\"comment\": \"by hand\", \"format\":")
                    .replace("\"kind\":", "\"hash\": 7, \"kind\":");
            LiveStateFormat.Reading reading = LiveStateFormat.read(padded);
            assertTrue(reading.ok(), () -> padded + reading.diagnostics());
            assertEquals(state, reading.state());
            assertEquals(text, LiveStateFormat.write(reading.state()), "extra fields are not written back");
        }
    }
}
