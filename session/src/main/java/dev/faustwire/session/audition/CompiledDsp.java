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
import java.util.List;

/**
 * A module the server compiled for sound, read from a {@code /api/compile} answer: the wasm (base64),
 * the DSP's JSON text for faustwasm, its channels, its control addresses, and the worklet processor
 * name. faustwasm registers a processor once per name and keeps the first DSP's parameter
 * descriptors, so the name is a hash of the UI and the channel counts.
 */
public record CompiledDsp(String wasmBase64, String json, int inputs, int outputs, List<String> addresses,
        String processorName) {

    /** The module of a compile answer, or null when the compile failed or the answer is not the server's. */
    public static CompiledDsp read(String answer) {
        JsonValue parsed;
        try {
            parsed = JsonParser.parse(answer).value();
        } catch (RuntimeException e) {
            return null;
        }
        if (!(parsed instanceof JsonObject o) || !(o.get("ok") instanceof JsonBool ok) || !ok.value()
                || !(o.get("wasm") instanceof JsonString wasm) || !(o.get("json") instanceof JsonObject json)
                || !(o.get("inputs") instanceof JsonNumber inputs) || !(o.get("outputs") instanceof JsonNumber outputs)) {
            return null;
        }
        JsonValue ui = json.get("ui") == null ? new JsonArray(List.of()) : json.get("ui");
        List<String> addresses = new ArrayList<>();
        collectAddresses(ui, addresses);
        int in = (int) inputs.doubleValue();
        int out = (int) outputs.doubleValue();
        String name = "fw-" + Hash.of(JsonWriter.write(ui) + "|" + in + "|" + out);
        return new CompiledDsp(wasm.value(), JsonWriter.write(json), in, out, List.copyOf(addresses), name);
    }

    /** Every control address in a Faust UI tree, in order (a mono DSP's, or a voice's and its effect's). */
    static void collectAddresses(JsonValue ui, List<String> into) {
        if (ui instanceof JsonArray items) {
            for (JsonValue item : items.items()) {
                collectAddresses(item, into);
            }
        } else if (ui instanceof JsonObject item) {
            if (item.get("address") instanceof JsonString address) {
                into.add(address.value());
            }
            collectAddresses(item.get("items"), into);
        }
    }
}
