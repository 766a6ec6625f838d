package dev.faustwire.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.compile.PolyReport;
import dev.faustwire.server.compile.Program;
import io.javalin.http.Context;

/** {@code POST /api/compile} with {@code "poly": true}: the voice and effect of an instrument ({@link PolyReport}). */
final class PolyCompileHandler {
    private PolyCompileHandler() {
    }

    static void compile(Context ctx, ProgramRequest programs, CompileService service, JsonNode body) throws Exception {
        var answer = programs.watched(ctx, ProgramRequest.COMPILE_DEADLINE, () -> {
            Program program = programs.program(body);
            return PolyReport.of(program, service).toJson(program);
        });
        ctx.json(answer);
    }
}
