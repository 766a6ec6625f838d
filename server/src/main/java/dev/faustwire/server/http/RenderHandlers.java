package dev.faustwire.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faustwire.server.compile.CompileReport;
import dev.faustwire.server.compile.Program;
import dev.faustwire.server.render.Audio;
import dev.faustwire.server.render.RenderSpec;
import dev.faustwire.server.render.Wav;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/render}: {@code {patch|dsp, path, seconds, rate, params: {"/addr": value}, input}} in,
 * {@code audio/wav} out. A program that does not compile is 422 with its diagnostics.
 */
public final class RenderHandlers {
    public static final int DEFAULT_RATE = 48000;
    public static final double DEFAULT_SECONDS = 1;

    private RenderHandlers() {
    }

    static void render(Context ctx, ProgramRequest programs, RenderService renders) throws Exception {
        JsonNode body = ProgramRequest.body(ctx);
        RenderSpec spec = spec(body);
        Program[] program = new Program[1];
        RenderService.Result result = programs.watched(ctx, ProgramRequest.RENDER_DEADLINE, () -> {
            program[0] = programs.program(body);
            return renders.render(program[0], spec);
        });
        if (!result.ok()) {
            CompileReport report = result.failedCompile();
            Map<String, Object> problem = Problems.body(422, "the program does not compile");
            problem.put("diagnostics", report.toJson().get("diagnostics"));
            problem.put("dsp", program[0].code());
            Problems.answer(ctx, problem);
            return;
        }
        ctx.contentType("audio/wav").result(result.wav());
    }

    /** The render settings of a request; the input's rate and length are the defaults when it has one. */
    static RenderSpec spec(JsonNode body) {
        Audio input = input(body.get("input"));
        int rate = intField(body, "rate", input == null ? DEFAULT_RATE : input.sampleRate());
        if (input != null && input.sampleRate() != rate) {
            throw new BadRequestResponse("the input is at " + input.sampleRate() + " Hz and the render at " + rate
                    + " Hz; leave out \"rate\" or resample the input");
        }
        double seconds = number(body, "seconds",
                input == null ? DEFAULT_SECONDS : (double) input.frames() / input.sampleRate());
        return new RenderSpec(seconds, rate, params(body.get("params")), input == null ? null : input.channels());
    }

    private static Audio input(JsonNode input) {
        if (input == null || input.isNull()) {
            return null;
        }
        if (!input.isTextual()) {
            throw new BadRequestResponse("\"input\" is a WAV file in base64");
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(input.textValue());
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("\"input\" is not base64: " + e.getMessage());
        }
        return Wav.read(bytes);
    }

    private static Map<String, Double> params(JsonNode params) {
        Map<String, Double> values = new LinkedHashMap<>();
        if (params == null || params.isNull()) {
            return values;
        }
        if (!params.isObject()) {
            throw new BadRequestResponse("\"params\" maps control addresses to numbers");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = params.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isNumber()) {
                throw new BadRequestResponse("the value of " + field.getKey() + " is not a number");
            }
            values.put(field.getKey(), field.getValue().doubleValue());
        }
        return values;
    }

    private static int intField(JsonNode body, String name, int fallback) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new BadRequestResponse("\"" + name + "\" is a whole number");
        }
        return value.intValue();
    }

    private static double number(JsonNode body, String name, double fallback) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isNumber()) {
            throw new BadRequestResponse("\"" + name + "\" is a number");
        }
        return value.doubleValue();
    }
}
