package dev.faustwire.session.audition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CompiledPoly}: a poly compile answer read for faustwasm and the controls panel. */
class CompiledPolyTest {
    private static final String VOICE = "{\"wasm\": \"AGFzbQ==\", \"inputs\": 0, \"outputs\": 2, \"json\": {\"name\": \"main\","
            + " \"ui\": [{\"type\": \"vgroup\", \"label\": \"main\", \"items\": [{\"type\": \"hslider\", \"label\": \"freq\","
            + " \"address\": \"/main/freq\", \"init\": 440, \"min\": 40, \"max\": 8000, \"step\": 1}]}]}}";
    private static final String EFFECT = "{\"wasm\": \"AGFzbQE=\", \"inputs\": 2, \"outputs\": 2, \"json\": {\"name\": \"main\","
            + " \"ui\": [{\"type\": \"vgroup\", \"label\": \"Freeverb\", \"items\": [{\"type\": \"hslider\", \"label\": \"Wet\","
            + " \"address\": \"/Freeverb/Wet\", \"init\": 0.3, \"min\": 0, \"max\": 1, \"step\": 0.01}]}]}}";

    private static String answer(String voice, String effect) {
        return "{\"ok\": true, \"poly\": true, \"dsp\": \"x\", \"voice\": " + voice + ", \"effect\": " + effect
                + ", \"inputs\": 0, \"outputs\": 2, \"diagnostics\": [], \"probes\": {}}";
    }

    @Test
    void aVoiceAndItsEffect() {
        CompiledPoly poly = CompiledPoly.read(answer(VOICE, EFFECT));
        assertTrue(poly.hasEffect());
        assertEquals("AGFzbQ==", poly.voiceWasm());
        assertEquals("AGFzbQE=", poly.effectWasm());
        assertEquals(List.of("/main/freq", "/Freeverb/Wet"), poly.addresses());
        assertEquals(2, poly.outputs());
        assertTrue(poly.voiceJson().contains("/main/freq"));
        assertTrue(poly.effectJson().contains("/Freeverb/Wet"));
        List<Control> panel = Controls.read(poly.panelJson());
        assertEquals(2, panel.size(), "the voice's group, then the effect's");
        assertEquals("Freeverb", panel.get(1).label());
        assertTrue(poly.processorName().startsWith("fw-poly-"));
    }

    @Test
    void aVoiceAlone() {
        CompiledPoly poly = CompiledPoly.read(answer(VOICE, "null"));
        assertFalse(poly.hasEffect());
        assertNull(poly.effectJson());
        assertEquals(List.of("/main/freq"), poly.addresses());
        assertNotEquals(CompiledPoly.read(answer(VOICE, EFFECT)).processorName(), poly.processorName(),
                "another processor for another instrument");
        assertEquals(CompiledPoly.read(answer(VOICE, "null")).processorName(), poly.processorName());
    }

    @Test
    void theProcessorNameFollowsTheChannelsToo() {
        String wider = VOICE.replace("\"outputs\": 2", "\"outputs\": 1");
        assertNotEquals(CompiledPoly.read(answer(VOICE, EFFECT)).processorName(),
                CompiledPoly.read(answer(wider, EFFECT)).processorName(),
                "faustwasm keeps a processor's first channel layout: another layout needs another name");
        assertNotEquals(CompiledDsp.read("{\"ok\": true, \"wasm\": \"AGFzbQ==\", \"inputs\": 0, \"outputs\": 2,"
                + " \"json\": {\"ui\": []}}").processorName(), CompiledPoly.read(answer(VOICE, "null")).processorName(),
                "a mono processor is never a poly one");
    }

    @Test
    void failuresAndOtherAnswersAreNoInstrument() {
        assertNull(CompiledPoly.read("{\"ok\": false, \"poly\": true, \"voice\": null, \"effect\": null, \"outputs\": null}"));
        assertNull(CompiledPoly.read("{\"ok\": true, \"wasm\": \"AGFzbQ==\", \"inputs\": 0, \"outputs\": 1, \"json\": {}}"),
                "a mono answer");
        assertNull(CompiledPoly.read(answer("{}", "null")));
        assertNull(CompiledPoly.read(answer(VOICE, "{\"wasm\": 3}")), "a broken effect is not left out");
        assertNull(CompiledPoly.read("<html>"));
    }
}
