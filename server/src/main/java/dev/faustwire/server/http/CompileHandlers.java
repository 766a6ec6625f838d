package dev.faustwire.server.http;

import dev.faustwire.server.compile.CompileReport;
import dev.faustwire.server.compile.CompileService;
import io.javalin.http.Context;

/** {@code POST /api/compile}: a patch or Faust text in, the compiled DSP or diagnostics out (always 200). */
final class CompileHandlers {
    private CompileHandlers() {
    }

    static void compile(Context ctx, ProgramRequest programs, CompileService service) {
        CompileReport report = CompileReport.of(programs.program(ProgramRequest.body(ctx)), service);
        ctx.json(report.toJson());
    }
}
