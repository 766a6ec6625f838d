package dev.faustwire.server.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonWriter;
import io.javalin.http.BadRequestResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SnapshotHandlers#check}: which bodies a PUT stores, and that every refusal says why. */
class SnapshotBodyTest {
    private static final String GOOD = SnapshotRoutesTest.SNAPSHOT;

    private static void refused(String body, String why) {
        BadRequestResponse e = assertThrows(BadRequestResponse.class,
                () -> SnapshotHandlers.check(body.getBytes(StandardCharsets.UTF_8)), body);
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    @Test
    void theCanonicalSnapshotIsStored() {
        assertDoesNotThrow(() -> SnapshotHandlers.check(GOOD.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void eachRefusalSaysWhy() {
        refused("{}", "faustwire-snapshot");
        refused(GOOD.replace("\"version\": 1", "\"version\": 3"), "not 3");
        refused(GOOD.replace("\"version\": 1", "\"version\": -1"), "whole number from 1");
        refused(GOOD.replace("\"slots\": [", "\"slots\": {\"x\": [").replace("\n  ],\n  \"version\"", "\n  ]},\n  \"version\""),
                "\"slots\" array");
        refused(GOOD.replace("\"level\": 0.5", "\"level\": 5e-1"), "canonical");
        refused(GOOD.replace("\n", "\r\n"), "canonical");
        refused(GOOD + "\n", "canonical");
        refused("\ufeff" + GOOD, "byte order mark");
        refused("[]", "JSON object");
    }

    @Test
    void anyJsonRewrittenCanonicallyWithTheHeaderIsStored() {
        Random random = new Random(45);
        for (int i = 0; i < 200; i++) {
            String extra = "\"x" + i + "\": [" + random.nextInt(1000) + ", " + random.nextDouble() + ", \"" + i + "\"]";
            String loose = "{" + extra + ", \"version\": 1, \"slots\": [], \"audio\": {\"z\": " + random.nextInt() + "},"
                    + " \"format\": \"faustwire-snapshot\"}";
            String canonical = JsonWriter.write(JsonParser.parse(loose).value());
            assertDoesNotThrow(() -> SnapshotHandlers.check(canonical.getBytes(StandardCharsets.UTF_8)), canonical);
            if (!canonical.equals(loose)) {
                refused(loose, "canonical");
            }
        }
    }
}
