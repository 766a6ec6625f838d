package dev.faustwire.session.audition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.model.Patch;
import org.junit.jupiter.api.Test;

/** {@link Audition} for instruments: the poly request and its answers. */
class AuditionPolyTest {
    private static final String POLY = "{\"ok\": true, \"poly\": true, \"outputs\": 1, \"voice\": {\"wasm\": \"AGFzbQ==\","
            + " \"inputs\": 0, \"outputs\": 1, \"json\": {\"ui\": []}}, \"effect\": null, \"diagnostics\": []}";
    private static final String FAILED = "{\"ok\": false, \"poly\": true, \"voice\": null, \"effect\": null,"
            + " \"diagnostics\": [{\"severity\": \"error\", \"code\": \"E016\", \"boxId\": \"box-2\", \"message\": \"no\"}]}";
    private final Audition audition = new Audition(AuditionOptions.fromQuery(""));

    @Test
    void anInstrumentIsPlayedAndAFailureKeepsTheLastSound() {
        audition.switchOn(true, "A", 0);
        CompiledPoly poly = audition.answeredPoly(audition.due(0), POLY);
        assertNotNull(poly);
        assertEquals(Audition.Status.PLAYING, audition.status());
        audition.edited("B", 100);
        assertNull(audition.answeredPoly(audition.due(250), FAILED));
        assertEquals(Audition.Status.FAILED, audition.status());
        assertEquals("box-2", audition.failure().get(0).boxId());
    }

    @Test
    void anOvertakenOrSilentAnswerIsNotPlayed() {
        audition.switchOn(true, "A", 0);
        int first = audition.due(0);
        audition.edited("B", 10);
        int second = audition.due(160);
        assertNull(audition.answeredPoly(first, POLY));
        assertNotNull(audition.answeredPoly(second, POLY));
        audition.switchOn(false, null, 200);
        assertNull(audition.answeredPoly(second, POLY));
    }

    @Test
    void thePolyRequestIsTheMonoOneWithPoly() {
        Patch patch = PatchReader.read("{\"format\": \"faustwire-patch\", \"version\": 1, \"boxes\": {"
                + "\"box-1\": {\"text\": \"effect\"}}, \"lines\": {}, \"props\": {}}").patch();
        String body = Audition.polyRequestBody(patch, "a/b.json").replace("\n", "");
        assertTrue(body.startsWith("{\"patch\": {"), body);
        assertTrue(body.endsWith(", \"path\": \"a/b.json\", \"poly\": true}"), body);
        assertTrue(Audition.polyRequestBody(patch, null).replace("\n", "").endsWith("}, \"poly\": true}"));
    }
}
