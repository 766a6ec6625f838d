package dev.faustwire.server.http;

import dev.faustwire.core.diag.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A patch the format does not allow, with the diagnostics that say why; {@link Problems} answers it with a 400. */
final class InvalidPatch extends RuntimeException {
    /** How many problems the detail lists before it says how many more there are. */
    private static final int LISTED = 3;

    private final transient List<Diagnostic> diagnostics;

    InvalidPatch(List<Diagnostic> diagnostics) {
        super(detail(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The diagnostics as the problem document's {@code diagnostics} field: code, box or line, message. */
    List<Map<String, Object>> json() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", d.code().id());
            if (d.boxId() != null) {
                item.put("boxId", d.boxId());
            }
            if (d.lineId() != null) {
                item.put("lineId", d.lineId());
            }
            item.put("message", d.message());
            list.add(item);
        }
        return list;
    }

    private static String detail(List<Diagnostic> diagnostics) {
        StringBuilder detail = new StringBuilder("not a valid patch: ");
        for (int i = 0; i < Math.min(LISTED, diagnostics.size()); i++) {
            Diagnostic d = diagnostics.get(i);
            detail.append(i == 0 ? "" : "; ").append(d.code().id()).append(' ').append(d.message());
        }
        if (diagnostics.size() > LISTED) {
            detail.append("; and ").append(diagnostics.size() - LISTED).append(" more");
        }
        return detail.toString();
    }
}
