package dev.faustwire.embed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faustwire.server.toolchain.DspControl;
import dev.faustwire.server.toolchain.DspDescription;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One control as the compiled program describes it, shared by every instance of a factory. */
record ControlSpec(String label, String address, ControlKind kind, int zone, double init, double min, double max,
        double step, Map<String, String> metadata) {

    ControlSpec {
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** The controls of a compiled program, in the order of its user interface, with their {@code declare}d metadata. */
    static List<ControlSpec> of(DspDescription description) {
        Map<String, Map<String, String>> metadata = new HashMap<>();
        for (JsonNode item : description.json().path("ui")) {
            collectMetadata(item, metadata);
        }
        List<ControlSpec> specs = new ArrayList<>();
        for (DspControl c : description.controls()) {
            ControlKind kind = ControlKind.of(c.type());
            specs.add(new ControlSpec(c.label(), c.address(), kind, c.index(), kind.isOutput() ? 0 : c.init(),
                    c.min(), c.max(), kind.isOutput() ? 0 : c.step(), metadata.getOrDefault(c.address(), Map.of())));
        }
        return List.copyOf(specs);
    }

    private static void collectMetadata(JsonNode item, Map<String, Map<String, String>> into) {
        for (JsonNode child : item.path("items")) {
            collectMetadata(child, into);
        }
        JsonNode address = item.get("address");
        if (address == null || !address.isTextual()) {
            return;
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (JsonNode entry : item.path("meta")) {
            Iterator<Map.Entry<String, JsonNode>> fields = entry.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                pairs.put(field.getKey(), field.getValue().asText());
            }
        }
        into.put(address.textValue(), pairs);
    }
}
