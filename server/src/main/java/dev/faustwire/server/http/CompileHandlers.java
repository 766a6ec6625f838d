package dev.faustwire.server.http;

import dev.faustwire.server.compile.CompileReport;
import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.compile.Program;
import dev.faustwire.server.toolchain.CompileTimings;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /api/compile}: a patch or Faust text in, the compiled DSP or diagnostics out (200); the
 * work runs on the pools under the request's deadline and stops when its client goes (503). The
 * {@code Server-Timing} header says where the time went: code generation, the wait for a worker,
 * the compiler's phases and the JSON (wasm in base64 included).
 */
final class CompileHandlers {
    static final String SERVER_TIMING = "Server-Timing";

    private CompileHandlers() {
    }

    static void compile(Context ctx, ProgramRequest programs, CompileService service) throws Exception {
        long start = System.nanoTime();
        var body = ProgramRequest.body(ctx);
        if (body.path("poly").asBoolean(false)) {
            PolyCompileHandler.compile(ctx, programs, service, body);
            return;
        }
        CompileTimings timings = CompileTimings.start();
        timings.since("request", start);
        CompileReport report = programs.watched(ctx, ProgramRequest.COMPILE_DEADLINE, () -> {
            long mark = System.nanoTime();
            Program program = programs.program(body);
            timings.since("codegen", mark);
            return CompileReport.of(program, service, timings);
        });
        long mark = System.nanoTime();
        var tree = report.toJson();
        tree.put("tap", TapAnswer.channel(body.get("tap"), report, tree));
        byte[] json = ctx.jsonMapper().toJsonString(tree, Object.class).getBytes(StandardCharsets.UTF_8);
        timings.since("json", mark);
        ctx.header(SERVER_TIMING, timings.header());
        ctx.contentType(ContentType.APPLICATION_JSON).result(json);
    }
}
