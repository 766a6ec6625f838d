package dev.faustwire.server.http;

import dev.faustwire.server.compile.CompileReport;
import dev.faustwire.server.compile.CompileService;
import io.javalin.http.Context;

/**
 * {@code POST /api/compile}: a patch or Faust text in, the compiled DSP or diagnostics out (200); the
 * work runs on the pools under the request's deadline and stops when its client goes (503).
 */
final class CompileHandlers {
    private CompileHandlers() {
    }

    static void compile(Context ctx, ProgramRequest programs, CompileService service) throws Exception {
        var body = ProgramRequest.body(ctx);
        if (body.path("poly").asBoolean(false)) {
            PolyCompileHandler.compile(ctx, programs, service, body);
            return;
        }
        CompileReport report = programs.watched(ctx, ProgramRequest.COMPILE_DEADLINE,
                () -> CompileReport.of(programs.program(body), service));
        var json = report.toJson();
        json.put("tap", TapAnswer.channel(body.get("tap"), report, json));
        ctx.json(json);
    }
}
