package dev.faustwire.server.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faustwire.server.toolchain.DspControl;
import java.util.ArrayList;
import java.util.List;

/**
 * The controls of faust's JSON of a DSP, read leniently: only {@code "ui"} is needed (a poly panel's
 * JSON has no size or index), items without a type or an address are skipped, missing numbers take
 * faust's defaults. Text that is not a JSON object is refused.
 */
final class LiveControls {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Deeper groups than this are not a DSP's UI (and would cost stack). */
    private static final int MAX_DEPTH = 64;

    private LiveControls() {
    }

    static List<DspControl> read(String dspJson) {
        JsonNode root;
        try {
            root = dspJson == null ? null : MAPPER.readTree(dspJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not the JSON of a DSP: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not the JSON of a DSP: not an object");
        }
        List<DspControl> controls = new ArrayList<>();
        collect(root.path("ui"), controls, 0);
        return controls;
    }

    private static void collect(JsonNode items, List<DspControl> into, int depth) {
        if (!items.isArray() || depth > MAX_DEPTH) {
            return;
        }
        for (JsonNode item : items) {
            if (!item.isObject()) {
                continue;
            }
            if (item.has("items")) {
                collect(item.get("items"), into, depth + 1);
                continue;
            }
            JsonNode type = item.get("type");
            JsonNode address = item.get("address");
            if (type == null || !type.isTextual() || address == null || !address.isTextual()) {
                continue;
            }
            boolean toggle = type.textValue().equals("button") || type.textValue().equals("checkbox");
            into.add(new DspControl(type.textValue(), item.path("label").asText(""), address.textValue(),
                    item.path("index").asInt(-1), number(item, "init", 0), number(item, "min", 0),
                    number(item, "max", toggle ? 1 : 0), number(item, "step", toggle ? 1 : 0)));
        }
    }

    private static double number(JsonNode item, String field, double missing) {
        JsonNode value = item.get(field);
        if (value == null) {
            return missing;
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isTextual()) {
            try {
                double parsed = Double.parseDouble(value.textValue().trim());
                return Double.isFinite(parsed) ? parsed : missing;
            } catch (NumberFormatException e) {
                return missing;
            }
        }
        return missing;
    }
}
