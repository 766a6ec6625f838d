package dev.faustwire.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faustwire.codegen.Resources;
import dev.faustwire.codegen.Resources.Arity;
import dev.faustwire.codegen.Tap;
import dev.faustwire.server.compile.CancellableResources;
import dev.faustwire.server.compile.CodeProbe;
import dev.faustwire.server.compile.ProbeBudget;
import dev.faustwire.server.compile.Program;
import dev.faustwire.server.compile.Programs;
import dev.faustwire.server.compile.WorkPool;
import dev.faustwire.server.workspace.Workspace;
import dev.faustwire.server.workspace.WorkspaceException;
import dev.faustwire.server.workspace.WorkspaceResources;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The program a compile or render request names: {@code {"patch": {...}}} or {@code {"dsp": "..."}};
 * a patch's optional {@code "path"} (in the workspace, such as {@code "ifc/10-00.dsppat"}) is the
 * folder its sub-patcher files are looked up from, the workspace root without it. The request thread
 * only reads the fields: a patch is generated on the bounded generation pool, within
 * {@link #GENERATION_TIME} and a {@link ProbeBudget}, and the whole request runs under a
 * {@link ClientWatch} that stops it at its deadline or when its client goes.
 */
public final class ProgramRequest {
    /** Largest patch or Faust text accepted; a request body may be larger when it carries input audio. */
    public static final int PROGRAM_LIMIT = 4 << 20;
    /** Longest the code generation of one request may take, probes included. */
    public static final Duration GENERATION_TIME = Duration.ofSeconds(30);
    /** Longest a compile request may take in all: generation, a wait for a worker, the compile, the search for a culprit. */
    public static final Duration COMPILE_DEADLINE = Duration.ofSeconds(90);
    /** Longest a render request may take in all: a compile request and a render of up to a minute. */
    public static final Duration RENDER_DEADLINE = Duration.ofSeconds(180);

    private final Workspace workspace;
    private final CodeProbe probe;
    private final WorkPool generation;
    private final ClientWatch watch;

    ProgramRequest(Workspace workspace, CodeProbe probe, WorkPool generation, ClientWatch watch) {
        this.workspace = workspace;
        this.probe = probe;
        this.generation = generation;
        this.watch = watch;
    }

    /** Runs a request's work under the watch: interrupted at {@code deadline} or when the client goes (503). */
    <T> T watched(Context ctx, Duration deadline, Callable<T> work) throws Exception {
        return watch.during(ctx, deadline, work);
    }

    /** The body as a JSON object under the one {@link JsonPolicy} of every route; 400 when it is not one. */
    static JsonNode body(Context ctx) {
        JsonNode body = JsonPolicy.value(ctx.bodyAsBytes(), "the body");
        if (!body.isObject()) {
            throw new BadRequestResponse("the body is a JSON object with \"patch\" or \"dsp\"");
        }
        return body;
    }

    /** The program of a request body; 400 for a malformed field, 413 for a program over 4 MiB. */
    Program program(JsonNode body) throws Exception {
        JsonNode patch = body.get("patch");
        JsonNode dsp = body.get("dsp");
        JsonNode name = body.get("name");
        if (name != null && !name.isTextual()) {
            throw new BadRequestResponse("\"name\" is text");
        }
        String wanted = name == null ? null : name.textValue();
        if ((patch == null) == (dsp == null)) {
            throw new BadRequestResponse("give exactly one of \"patch\" (a patch object) and \"dsp\" (Faust text)");
        }
        if (patch != null) {
            if (!patch.isObject()) {
                throw new BadRequestResponse("\"patch\" is a JSON object");
            }
            String text = patch.toString();
            checkSize(text);
            ProbeBudget budget = ProbeBudget.perRequest();
            return generate(text, wanted, resources(body.get("path"), probe.within(budget)), budget,
                    TapAnswer.tap(body.get("tap")));
        }
        if (!dsp.isTextual()) {
            throw new BadRequestResponse("\"dsp\" is Faust text");
        }
        checkSize(dsp.textValue());
        if (!StandardCharsets.UTF_8.newEncoder().canEncode(dsp.textValue())) {
            throw new BadRequestResponse("\"dsp\" holds a lone surrogate (such as \\ud800), which is not text"
                    + " UTF-8 can write; the compiler cannot read it");
        }
        return Programs.ofDsp(dsp.textValue(), wanted);
    }

    /** Code generation on the generation pool; the caller's interrupt (its deadline, its client gone) cancels it. */
    private Program generate(String patch, String name, Resources resources, ProbeBudget budget, Tap tap)
            throws Exception {
        Callable<Program> job = () -> Programs.ofPatch(patch, name, new CancellableResources(resources), budget, tap);
        try {
            return generation.call(job, GENERATION_TIME);
        } catch (TimeoutException e) {
            throw new HttpResponseException(503, "generating the program took longer than "
                    + GENERATION_TIME.toSeconds() + " s and was stopped");
        }
    }

    /** Files from the folder of the patch's workspace path (validated as the workspace does), or from the root. */
    private Resources resources(JsonNode path, Function<String, Arity> arities) {
        Path folder = workspace.root();
        if (path != null && !path.isNull()) {
            if (!path.isTextual()) {
                throw new BadRequestResponse("\"path\" is the patch's path in the workspace, such as \"ifc/10-00.dsppat\"");
            }
            try {
                folder = workspace.resolve(path.textValue()).getParent();
            } catch (WorkspaceException e) {
                throw new BadRequestResponse("\"path\": " + e.getMessage());
            } catch (IOException e) {
                throw new BadRequestResponse("\"path\" cannot be resolved");
            }
        }
        try {
            return new WorkspaceResources(workspace.root(), folder, arities);
        } catch (IOException e) {
            throw new UncheckedIOException("the workspace folder cannot be read", e);
        }
    }

    private static void checkSize(String text) {
        if (text.length() > PROGRAM_LIMIT) {
            throw new ContentTooLargeResponse("a program is at most " + (PROGRAM_LIMIT >> 20) + " MiB");
        }
    }
}
