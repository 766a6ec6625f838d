package dev.faustwire.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faustwire.codegen.Tap;
import dev.faustwire.server.compile.CompileReport;
import io.javalin.http.BadRequestResponse;
import java.util.Map;

/**
 * The audition tap of a compile request, {@code "tap": {"box": "box-1", "outlet": 0}} (a wire the
 * page shows in its scope), and the answer's {@code "tap"}: the output channel, counted from 0, that
 * carries it, or null when codegen could not place it. Codegen puts a placed tap after the patch's
 * own outputs, so the compiled DSP then has exactly one output more than the program reports.
 */
final class TapAnswer {
    private TapAnswer() {
    }

    /** The tap a request asks for, or null; 400 when the field is malformed. */
    static Tap tap(JsonNode field) {
        if (field == null || field.isNull()) {
            return null;
        }
        if (!field.isObject() || !field.path("box").isTextual() || !field.path("outlet").canConvertToInt()
                || !field.path("outlet").isIntegralNumber() || field.path("outlet").intValue() < 0) {
            throw new BadRequestResponse("\"tap\" is {\"box\": \"box-1\", \"outlet\": 0}: a box id and an outlet number");
        }
        return new Tap(field.get("box").textValue(), field.get("outlet").intValue());
    }

    /** The channel of the tapped signal in the compiled DSP, or null (no tap asked, not placed, not compiled). */
    static Integer channel(JsonNode field, CompileReport report, Map<String, Object> answer) {
        if (field == null || field.isNull() || !report.ok() || !(answer.get("outputs") instanceof Integer outputs)) {
            return null;
        }
        int own = report.program().outputs();
        return outputs == own + 1 ? own : null;
    }
}
