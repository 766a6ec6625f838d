package dev.faustwire.session.audition;

import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonBool;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.json.JsonWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A polyphonic instrument the server compiled ({@code "poly": true}): the voice and, when the patch
 * has one, the effect, each as wasm (base64) and DSP JSON text for faustwasm; the control addresses
 * of both; the JSON of the controls panel (the voice's UI, then the effect's); and the worklet
 * processor name, a hash of both UIs and their channels (faustwasm registers a processor once per name).
 */
public record CompiledPoly(String voiceWasm, String voiceJson, String effectWasm, String effectJson, int outputs,
        List<String> addresses, String panelJson, String processorName) {

    public boolean hasEffect() {
        return effectWasm != null;
    }

    /** The instrument of a poly compile answer, or null when it failed or the answer is not one. */
    public static CompiledPoly read(String answer) {
        JsonValue parsed;
        try {
            parsed = JsonParser.parse(answer).value();
        } catch (RuntimeException e) {
            return null;
        }
        if (!(parsed instanceof JsonObject o) || !(o.get("ok") instanceof JsonBool ok) || !ok.value()
                || !(o.get("poly") instanceof JsonBool poly) || !poly.value()
                || !(o.get("outputs") instanceof JsonNumber outputs)) {
            return null;
        }
        Module voice = Module.of(o.get("voice"));
        Module effect = Module.of(o.get("effect"));
        if (voice == null || (effect == null && !(o.get("effect") == null || o.get("effect") instanceof JsonValue.JsonNull))) {
            return null;
        }
        List<JsonValue> panel = new ArrayList<>(voice.ui());
        List<String> addresses = new ArrayList<>();
        CompiledDsp.collectAddresses(voice.json().get("ui"), addresses);
        String key = JsonWriter.write(voice.json().get("ui")) + "|" + voice.inputs() + "|" + voice.outputs();
        if (effect != null) {
            panel.addAll(effect.ui());
            CompiledDsp.collectAddresses(effect.json().get("ui"), addresses);
            key += "|" + JsonWriter.write(effect.json().get("ui")) + "|" + effect.inputs() + "|" + effect.outputs();
        }
        Map<String, JsonValue> panelFields = new LinkedHashMap<>();
        panelFields.put("ui", new JsonArray(panel));
        return new CompiledPoly(voice.wasm(), JsonWriter.write(voice.json()), effect == null ? null : effect.wasm(),
                effect == null ? null : JsonWriter.write(effect.json()), (int) outputs.doubleValue(),
                List.copyOf(addresses), JsonWriter.write(new JsonObject(panelFields)), "fw-poly-" + Hash.of(key));
    }

    /** One compiled module of the answer. */
    private record Module(String wasm, JsonObject json, int inputs, int outputs) {
        static Module of(JsonValue v) {
            if (!(v instanceof JsonObject m) || !(m.get("wasm") instanceof JsonString wasm)
                    || !(m.get("json") instanceof JsonObject json) || !(m.get("inputs") instanceof JsonNumber in)
                    || !(m.get("outputs") instanceof JsonNumber out)) {
                return null;
            }
            return new Module(wasm.value(), json, (int) in.doubleValue(), (int) out.doubleValue());
        }

        List<JsonValue> ui() {
            return json.get("ui") instanceof JsonArray items ? items.items() : List.of();
        }
    }
}
