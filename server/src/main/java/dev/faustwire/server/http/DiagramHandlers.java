package dev.faustwire.server.http;

import dev.faustwire.core.diag.Code;
import dev.faustwire.server.compile.Program;
import dev.faustwire.server.diagram.Diagram;
import dev.faustwire.server.diagram.DiagramException;
import dev.faustwire.server.diagram.Diagrams;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The block diagram routes: {@code POST /api/diagram} (a body as {@code /api/compile}'s) draws the
 * program with {@code faust -svg} and answers its id, the names of its files from the top
 * ({@code process}) and the box of each definition name; {@code GET /api/diagram/{id}/{name}.svg}
 * serves one cleaned file, only under its stable name, as {@code image/svg+xml} that may run
 * nothing: {@code nosniff} and a policy of {@value #POLICY}. Faust failing is a 422 with E054.
 */
final class DiagramHandlers {
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private DiagramHandlers() {
    }

    /** Registers both routes, with one store of diagrams. */
    static void register(Javalin app, ProgramRequest programs) {
        Diagrams diagrams = new Diagrams();
        app.post("/api/diagram", ctx -> draw(ctx, programs, diagrams));
        app.get("/api/diagram/{id}/{file}", ctx -> file(ctx, diagrams));
    }

    static void draw(Context ctx, ProgramRequest programs, Diagrams diagrams) throws Exception {
        var body = ProgramRequest.body(ctx);
        Program program = programs.watched(ctx, ProgramRequest.COMPILE_DEADLINE, () -> programs.program(body));
        if (!program.compilable()) {
            throw new InvalidPatch(program.diagnostics());
        }
        Diagram diagram;
        try {
            diagram = programs.watched(ctx, ProgramRequest.COMPILE_DEADLINE,
                    () -> diagrams.draw(program.code(), program.name(), program.sourceMap()));
        } catch (DiagramException e) {
            Map<String, Object> problem = Problems.body(422, e.getMessage());
            Map<String, Object> diagnostic = new LinkedHashMap<>();
            diagnostic.put("code", Code.DIAGRAM_FAILED.id());
            diagnostic.put("message", e.getMessage());
            problem.put("diagnostics", List.of(diagnostic));
            Problems.answer(ctx, problem);
            return;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", diagram.id());
        answer.put("root", diagram.root());
        answer.put("names", diagram.names());
        answer.put("boxes", diagram.boxes());
        ctx.json(answer);
    }

    static void file(Context ctx, Diagrams diagrams) {
        String file = ctx.pathParam("file");
        Diagram diagram = diagrams.find(ctx.pathParam("id"));
        String text = diagram == null || !Diagrams.servedName(file) ? null
                : diagram.file(file.substring(0, file.length() - ".svg".length()));
        if (text == null) {
            throw new NotFoundResponse("no such diagram file");
        }
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header(ContentSecurity.HEADER, POLICY);
        ctx.header("Cache-Control", "private, max-age=300");
        ctx.contentType("image/svg+xml").result(text.getBytes(StandardCharsets.UTF_8));
    }
}
