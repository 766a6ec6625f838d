package dev.faustwire.server.osc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faustwire.server.live.LiveSlot;
import dev.faustwire.server.toolchain.DspControl;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The texts Faust's httpd (libHTTPDFaust 0.73, measured) answers: {@code GET /JSON} gives the UI with
 * {@code name, address, port, inputs, outputs} and every number as a string; {@code GET /main/freq} gives
 * {@code "/main/freq 880.000 \n"} (six significant digits, as C's {@code %#g}); a group's address gives one such
 * line for each control below it.
 */
final class HttpdAnswers {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NUMBER_FIELDS = List.of("init", "min", "max", "step");

    private HttpdAnswers() {
    }

    /** One line per control of the slot at {@code address} or below it (a group); empty when none. */
    static String valueLines(LiveSlot slot, String address) {
        StringBuilder out = new StringBuilder();
        for (DspControl control : slot.controls()) {
            String a = control.address();
            if (a.equals(address) || a.startsWith(address.endsWith("/") ? address : address + "/")) {
                out.append(a).append(' ').append(httpdNumber(slot.value(control))).append(" \n");
            }
        }
        return out.toString();
    }

    /** A value as libHTTPDFaust writes it: six significant digits with the trailing zeros ({@code %#.6g}). */
    static String httpdNumber(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }

    /** The slot's UI as Faust's httpd gives it at {@code /JSON}. */
    static String json(LiveSlot slot, String host, int port) {
        ObjectNode out = JSON.createObjectNode();
        JsonNode dsp;
        try {
            dsp = JSON.readTree(slot.json());
        } catch (JsonProcessingException e) {
            dsp = JSON.createObjectNode();
        }
        out.put("name", slot.name());
        out.put("address", host);
        out.put("port", Integer.toString(port));
        out.put("inputs", dsp.path("inputs").asText("0"));
        out.put("outputs", dsp.path("outputs").asText("0"));
        ArrayNode ui = out.putArray("ui");
        for (JsonNode item : dsp.path("ui")) {
            ui.add(item(item));
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode item(JsonNode item) {
        ObjectNode out = JSON.createObjectNode();
        for (String field : List.of("type", "label", "address")) {
            if (item.hasNonNull(field)) {
                out.put(field, item.get(field).asText());
            }
        }
        if (item.has("meta")) {
            out.set("meta", item.get("meta").deepCopy());
        }
        for (String field : NUMBER_FIELDS) {
            JsonNode n = item.get(field);
            if (n != null && n.isNumber()) {
                out.put(field, shortest(n.asDouble()));
            }
        }
        if (item.path("items").isArray()) {
            ArrayNode items = out.putArray("items");
            for (JsonNode child : item.get("items")) {
                items.add(item(child));
            }
        }
        return out;
    }

    /** 440 as "440", 0.01 as "0.01": what httpd writes in its JSON. */
    static String shortest(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "0";
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
