package dev.faustwire.session.audition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompiledDspTest {
    private static final String UI = "[{\"type\": \"vgroup\", \"label\": \"main\", \"items\": ["
            + "{\"type\": \"hslider\", \"label\": \"freq\", \"address\": \"/main/freq\", \"init\": 440},"
            + "{\"type\": \"hgroup\", \"label\": \"env\", \"items\": ["
            + "{\"type\": \"button\", \"label\": \"gate\", \"address\": \"/main/env/gate\"}]}]}]";

    private static String answer(String ui, int inputs, int outputs) {
        return "{\"ok\": true, \"inputs\": " + inputs + ", \"outputs\": " + outputs + ", \"wasm\": \"AGFzbQ==\","
                + " \"json\": {\"name\": \"main\", \"compile_options\": \"-lang wasm\", \"ui\": " + ui + "},"
                + " \"diagnostics\": []}";
    }

    @Test
    void readsTheModuleTheChannelsAndTheAddresses() {
        CompiledDsp dsp = CompiledDsp.read(answer(UI, 0, 1));
        assertEquals("AGFzbQ==", dsp.wasmBase64());
        assertEquals(0, dsp.inputs());
        assertEquals(1, dsp.outputs());
        assertEquals(List.of("/main/freq", "/main/env/gate"), dsp.addresses());
        assertTrue(dsp.json().startsWith("{") && dsp.json().contains("\"name\": \"main\""), dsp.json());
        assertTrue(dsp.json().contains("\"compile_options\""), "faustwasm reads compile_options");
        assertTrue(dsp.processorName().startsWith("fw-"));
    }

    @Test
    void theProcessorNameFollowsTheUiAndTheChannelsOnly() {
        String name = CompiledDsp.read(answer(UI, 0, 1)).processorName();
        assertEquals(name, CompiledDsp.read(answer(UI, 0, 1).replace("AGFzbQ==", "AGFzbQE=")).processorName(),
                "another program with the same controls reuses the processor");
        assertNotEquals(name, CompiledDsp.read(answer(UI, 0, 2)).processorName());
        assertNotEquals(name, CompiledDsp.read(answer(UI, 1, 1)).processorName());
        assertNotEquals(name, CompiledDsp.read(answer(UI.replace("440", "220"), 0, 1)).processorName());
    }

    @Test
    void aFailedCompileOrAnAnswerNotFromTheServerHasNoModule() {
        assertNull(CompiledDsp.read("{\"ok\": false, \"wasm\": null, \"json\": null, \"diagnostics\": []}"));
        assertNull(CompiledDsp.read("<html>Bad gateway</html>"));
        assertNull(CompiledDsp.read("{\"ok\": true}"));
    }

    @Test
    void aDspWithoutControlsHasNoAddresses() {
        assertEquals(List.of(), CompiledDsp.read(answer("[]", 0, 1)).addresses());
    }

    @Test
    void theHashIsStableAndSpreads() {
        assertEquals(Hash.of("abc"), Hash.of("abc"));
        assertEquals(16, Hash.of("").length());
        assertEquals("cbf29ce484222325", Hash.of(""), "FNV-1a's offset for no text");
        assertNotEquals(Hash.of("ab"), Hash.of("ba"));
        assertNotEquals(Hash.of("\u0100"), Hash.of("\u0001"), "both bytes of a char count");
    }
}
