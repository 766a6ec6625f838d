package dev.faustwire.session.audition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.model.Patch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditionTest {
    private static final String OK = "{\"ok\": true, \"inputs\": 0, \"outputs\": 1, \"wasm\": \"AGFzbQ==\","
            + " \"json\": {\"ui\": []}, \"diagnostics\": []}";
    private static final String FAILED = "{\"ok\": false, \"diagnostics\": [{\"code\": \"E016\"}]}";
    private final Audition audition = new Audition(AuditionOptions.fromQuery(""));

    @Test
    void offCompilesNothing() {
        audition.edited("A", 0);
        assertEquals(-1, audition.waitMs(0));
        assertEquals(0, audition.due(1000));
        assertEquals(Audition.Status.OFF, audition.status());
    }

    @Test
    void switchingOnCompilesAtOnceAndPlaysTheAnswer() {
        audition.switchOn(true, "A", 5000);
        assertEquals(0, audition.waitMs(5000), "the first sound does not wait for a pause");
        int request = audition.due(5000);
        assertTrue(request > 0);
        assertEquals(Audition.Status.COMPILING, audition.status());
        CompiledDsp dsp = audition.answered(request, OK);
        assertNotNull(dsp);
        assertEquals(Audition.Status.PLAYING, audition.status());
    }

    @Test
    void aFailedCompileKeepsTheLastGoodSoundAndSaysSo() {
        audition.switchOn(true, "A", 0);
        audition.answered(audition.due(0), OK);
        audition.edited("B", 100);
        assertNull(audition.answered(audition.due(250), FAILED));
        assertEquals(Audition.Status.FAILED, audition.status());
        assertNull(audition.answered(0, null));
        audition.edited("C", 300);
        audition.answered(audition.due(450), OK);
        assertEquals(Audition.Status.PLAYING, audition.status());
    }

    @Test
    void anOvertakenAnswerIsNotPlayed() {
        audition.switchOn(true, "A", 0);
        int first = audition.due(0);
        audition.edited("B", 10);
        int second = audition.due(160);
        assertNull(audition.answered(first, OK));
        assertNotNull(audition.answered(second, OK));
    }

    @Test
    void switchingOffDropsTheAnswerOnItsWay() {
        audition.switchOn(true, "A", 0);
        int request = audition.due(0);
        audition.switchOn(false, "A", 10);
        assertNull(audition.answered(request, OK));
        assertEquals(Audition.Status.OFF, audition.status());
        audition.switchOn(true, "A", 20);
        assertTrue(audition.due(20) > request, "switched on again, the same program is compiled again");
    }

    @Test
    void aPatchWithoutAProgramIsSilent() {
        audition.switchOn(true, null, 0);
        assertEquals(0, audition.due(1000));
        assertEquals(Audition.Status.SILENT, audition.status());
    }

    @Test
    void valuesCarryToTheAddressesTheNewDspStillHas() {
        ParamValues values = audition.values();
        values.set("/main/freq", 660);
        values.set("/main/gain", 0.3);
        values.set("/main/freq", 880);
        assertEquals(880, values.get("/main/freq"));
        assertNull(values.get("/main/q"));
        assertEquals(Map.of("/main/freq", 880.0), values.carriedTo(List.of("/main/freq", "/main/q")));
        assertEquals(0.3, values.carriedTo(List.of("/main/gain")).get("/main/gain"),
                "a value is kept while its address is away");
    }

    @Test
    void theRequestBodyIsThePatchAndItsPath() {
        Patch patch = PatchReader.read("{\"format\": \"faustwire-patch\", \"version\": 1, \"boxes\": {"
                + "\"box-1\": {\"text\": \"out 1\"}}, \"lines\": {}, \"props\": {}}").patch();
        String body = Audition.requestBody(patch, "a/b.json").replace("\n", "");
        assertTrue(body.startsWith("{\"patch\": {"), body);
        assertTrue(body.endsWith(", \"path\": \"a/b.json\"}"), body);
        assertTrue(body.contains("\"out 1\""), body);
        assertTrue(Audition.requestBody(patch, null).replace("\n", "").endsWith("}}"));
    }
}
