package dev.faustwire.server.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One JSON message of the live protocol (docs/live.md): read with checked fields, written as compact JSON. */
final class LiveMessage {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A message that does not say what the protocol needs; its text is what gets logged. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private final JsonNode node;

    private LiveMessage(JsonNode node) {
        this.node = node;
    }

    static LiveMessage parse(String text) throws Malformed {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new Malformed("not JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new Malformed("not a JSON object");
        }
        return new LiveMessage(node);
    }

    String type() throws Malformed {
        return text("type");
    }

    String text(String field) throws Malformed {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new Malformed("\"" + field + "\" is not a text");
        }
        return value.textValue();
    }

    /** A slot number (a positive int). */
    int slot(String field) throws Malformed {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1) {
            throw new Malformed("\"" + field + "\" is not a slot number");
        }
        return value.intValue();
    }

    /** A finite number. */
    double number(String field) throws Malformed {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw new Malformed("\"" + field + "\" is not a finite number");
        }
        return value.doubleValue();
    }

    static ObjectNode of(String type) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", type);
        return node;
    }

    static String write(ObjectNode node) {
        return node.toString();
    }
}
