package dev.faustwire.session.live;

import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonSyntaxException;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.json.JsonWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The page's side of the live protocol (docs/live.md): the messages an editor page and a phone page
 * send, written as JSON, and the server's messages read back into {@link Message}s (null for anything
 * malformed, which the page ignores).
 */
public final class LiveProtocol {
    private LiveProtocol() {
    }

    /** A message from the server; fields a type does not carry are null, -1 or NaN. */
    public record Message(String type, String key, int slot, String remote, int osc, String address, double value,
            String name, String text, String json, Map<String, Double> values) {
        public Message {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** Editor page: a slot plays (or plays again) a DSP; the server answers {@code opened}. */
    public static String open(String key, String name, String dspJson) {
        return write("open", "key", new JsonString(key), "name", new JsonString(name), "json", new JsonString(dspJson));
    }

    /** Editor page: an opened slot now plays another DSP. */
    public static String update(int slot, String name, String dspJson) {
        return write("update", "slot", JsonNumber.of(slot), "name", new JsonString(name), "json", new JsonString(dspJson));
    }

    /** Editor page: a control of an opened slot moved. */
    public static String set(int slot, String address, double value) {
        return write("set", "slot", JsonNumber.of(slot), "address", new JsonString(address), "value", JsonNumber.of(value));
    }

    /** Editor page: the slot stopped. */
    public static String close(int slot) {
        return write("close", "slot", JsonNumber.of(slot));
    }

    /** Phone page: a control moved. */
    public static String remoteSet(String address, double value) {
        return write("set", "address", new JsonString(address), "value", JsonNumber.of(value));
    }

    /** Phone page: a file was dropped on it, to be played instead. */
    public static String replace(String fileName, String text) {
        return write("replace", "name", new JsonString(fileName), "text", new JsonString(text));
    }

    /** A server message, or null when it is not one the protocol knows. */
    public static Message read(String text) {
        JsonValue value;
        try {
            value = JsonParser.parse(text).value();
        } catch (JsonSyntaxException e) {
            return null;
        }
        if (!(value instanceof JsonObject o) || !(o.get("type") instanceof JsonString type)) {
            return null;
        }
        Map<String, Double> values = new LinkedHashMap<>();
        if (o.get("values") instanceof JsonObject v) {
            for (Map.Entry<String, JsonValue> e : v.fields().entrySet()) {
                if (e.getValue() instanceof JsonNumber n) {
                    values.put(e.getKey(), n.doubleValue());
                }
            }
        }
        Message m = new Message(type.value(), text(o, "key"), whole(o, "slot"), text(o, "remote"), whole(o, "osc"),
                text(o, "address"), number(o, "value"), text(o, "name"), text(o, "text"), text(o, "json"), values);
        return complete(m) ? m : null;
    }

    /** Whether a message has what its type needs. */
    private static boolean complete(Message m) {
        return switch (m.type()) {
            case "opened" -> m.key() != null && m.slot() > 0;
            case "set" -> m.address() != null && !Double.isNaN(m.value());
            case "replace" -> m.name() != null && m.text() != null;
            case "ui" -> m.json() != null;
            case "closed" -> true;
            default -> false;
        };
    }

    private static String text(JsonObject o, String field) {
        return o.get(field) instanceof JsonString s ? s.value() : null;
    }

    private static int whole(JsonObject o, String field) {
        return o.get(field) instanceof JsonNumber n && n.isInt() ? Integer.parseInt(n.text()) : -1;
    }

    private static double number(JsonObject o, String field) {
        if (o.get(field) instanceof JsonNumber n) {
            double d = n.doubleValue();
            return Double.isInfinite(d) ? Double.NaN : d;
        }
        return Double.NaN;
    }

    private static String write(String type, Object... fields) {
        Map<String, JsonValue> map = new LinkedHashMap<>();
        map.put("type", new JsonString(type));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            map.put((String) fields[i], (JsonValue) fields[i + 1]);
        }
        return JsonWriter.write(new JsonObject(map));
    }
}
