package dev.faustwire.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.server.toolchain.DspDescription;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebPageTest {
    @Test
    void fieldsAreFilledInOnePassSoATextPutInIsNeverReadAgain() {
        assertEquals("a {{B}} b", WebPage.fill("a {{A}} {{B}}", Map.of("A", "{{B}}", "B", "b")));
        assertThrows(IllegalStateException.class, () -> WebPage.fill("{{C}}", Map.of()));
        assertEquals("no fields", WebPage.fill("no fields", Map.of()));
    }

    @Test
    void aLabelCannotEndTheScriptThatHoldsTheJson() {
        String json = "{\"ui\":[{\"label\":\"</script><script>alert(1)</script> & <!--\"}]}";
        String safe = WebPage.scriptSafeJson(json);
        assertFalse(safe.contains("<") || safe.contains(">") || safe.contains("&"), safe);
        assertTrue(safe.contains("\\u003c/script\\u003e"), safe);
    }

    @Test
    void thePageCarriesTheModuleAndTheRuntimeInBase64AndTheNameAsText() {
        byte[] wasm = {0, 'a', 's', 'm', 1, 0, 0, 0};
        byte[] runtime = "export const x = '</script>';".getBytes(StandardCharsets.UTF_8);
        String page = WebPage.of("Tone<b>", List.of(new WebPage.Part("dsp", "{\"name\":\"Tone\",\"ui\":[]}", wasm)), runtime);
        assertTrue(page.contains(">" + Base64.getEncoder().encodeToString(wasm) + "<"), "wasm inlined");
        assertTrue(page.contains(">" + Base64.getEncoder().encodeToString(runtime) + "<"), "runtime inlined");
        assertTrue(page.contains("<title>Tone&lt;b&gt;</title>"), "title escaped");
        assertFalse(page.contains("{{"), "every field filled");
        assertFalse(page.contains("http://") || page.contains("src=\"") || page.contains("href=\""),
                "the page loads nothing by address");
    }

    @Test
    void aVoiceByFaustsConventionHasFreqGainAndGate() {
        DspDescription synth = DspDescription.parse("{\"size\": 8, \"inputs\": 0, \"outputs\": 1, \"ui\": [{\"type\": \"vgroup\","
                + " \"label\": \"main\", \"items\": [" + slider("freq") + ", " + slider("gain") + ", " + slider("gate") + "]}]}");
        DspDescription tone = DspDescription.parse("{\"size\": 8, \"inputs\": 0, \"outputs\": 1, \"ui\": [" + slider("freq")
                + ", " + slider("gate") + "]}");
        assertTrue(WebTarget.gatedVoice(synth));
        assertFalse(WebTarget.gatedVoice(tone));
    }

    @Test
    void aModuleWithoutJsonIsOneElement() {
        String page = WebPage.of("Synth", List.of(new WebPage.Part("mixer", null, new byte[] {1})), new byte[0]);
        assertTrue(page.contains("<script type=\"text/plain\" id=\"fw-wasm-mixer\">AQ==</script>"), page);
        assertFalse(page.contains("fw-json-mixer"), "no JSON for the mixer");
    }

    private static String slider(String label) {
        return "{\"type\": \"hslider\", \"label\": \"" + label + "\", \"address\": \"/main/" + label + "\", \"index\": 0,"
                + " \"init\": 0, \"min\": 0, \"max\": 1, \"step\": 0.01}";
    }
}
