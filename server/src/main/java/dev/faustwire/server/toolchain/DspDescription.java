package dev.faustwire.server.toolchain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What faust's JSON says about a compiled DSP: struct size (negative when Faust's count wrapped), channel counts and controls. */
public record DspDescription(int size, int inputs, int outputs, List<DspControl> controls, JsonNode json) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Fields of faust's JSON that name files and folders of the machine that compiled it. */
    private static final List<String> SERVER_PATHS = List.of("include_pathnames", "library_list");

    public DspDescription {
        controls = List.copyOf(controls);
        json = json.deepCopy();
    }

    /** A copy of the whole JSON tree as faust wrote it. */
    @Override
    public JsonNode json() {
        return json.deepCopy();
    }

    /** A copy of the JSON without the fields that reveal server paths, fit to send to a browser. */
    public ObjectNode publicJson() {
        ObjectNode copy = (ObjectNode) json.deepCopy();
        copy.remove(SERVER_PATHS);
        return copy;
    }

    /** The control at exactly this address, if any. */
    public Optional<DspControl> control(String address) {
        return controls.stream().filter(c -> c.address().equals(address)).findFirst();
    }

    /** Reads the description from the .js file that {@code faust -lang wasm} writes beside the .wasm. */
    public static DspDescription fromJs(String jsText) {
        return parse(JsLiteral.jsonOf(jsText));
    }

    /** Reads the description from faust's JSON text (as found in the .js file, with index fields). */
    public static DspDescription parse(String jsonText) {
        JsonNode root;
        try {
            root = MAPPER.readTree(jsonText);
        } catch (JsonProcessingException e) {
            throw bad("the DSP JSON does not parse: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw bad("the DSP JSON is not an object");
        }
        List<DspControl> controls = new ArrayList<>();
        JsonNode ui = root.path("ui");
        if (!ui.isMissingNode() && !ui.isArray()) {
            throw bad("\"ui\" in the DSP JSON is not an array");
        }
        for (JsonNode item : ui) {
            collect(item, controls);
        }
        return new DspDescription(
                size(root), count(root, "inputs"), count(root, "outputs"), controls, root);
    }

    private static void collect(JsonNode item, List<DspControl> into) {
        JsonNode items = item.get("items");
        if (items != null) {
            if (!items.isArray()) {
                throw bad("\"items\" of group " + item.path("label").asText("?") + " is not an array");
            }
            for (JsonNode child : items) {
                collect(child, into);
            }
            return;
        }
        String type = text(item, "type");
        String address = text(item, "address");
        boolean toggle = type.equals("button") || type.equals("checkbox");
        into.add(new DspControl(
                type,
                item.path("label").asText(""),
                address,
                count(item, "index"),
                number(item, "init", 0),
                number(item, "min", 0),
                number(item, "max", toggle ? 1 : 0),
                number(item, "step", toggle ? 1 : 0)));
    }

    /** Faust's memory size; negative when its 32-bit count wrapped, which {@link DspMemory} reports. */
    private static int size(JsonNode root) {
        JsonNode value = root.get("size");
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw bad("\"size\" in the DSP JSON is missing or not an integer");
        }
        return value.intValue();
    }

    private static int count(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() < 0) {
            throw bad("\"" + field + "\" in the DSP JSON is missing or not a non-negative integer");
        }
        return value.intValue();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw bad("a control in the DSP JSON has no \"" + field + "\" text");
        }
        return value.textValue();
    }

    private static double number(JsonNode node, String field, double missing) {
        JsonNode value = node.get(field);
        if (value == null) {
            return missing;
        }
        if (!value.isNumber()) {
            throw bad("\"" + field + "\" of control " + node.path("address").asText("?") + " is not a number");
        }
        return value.doubleValue();
    }

    private static DescriptionException bad(String message) {
        return new DescriptionException(message);
    }
}
