package dev.faustwire.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faustwire.codegen.Resources;
import dev.faustwire.server.compile.CodeProbe;
import dev.faustwire.server.compile.Program;
import dev.faustwire.server.compile.Programs;
import dev.faustwire.server.workspace.Workspace;
import dev.faustwire.server.workspace.WorkspaceException;
import dev.faustwire.server.workspace.WorkspaceResources;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The program a compile or render request names: {@code {"patch": {...}}} or {@code {"dsp": "..."}};
 * a patch's optional {@code "path"} (in the workspace, such as {@code "ifc/10-00.dsppat"}) is the
 * folder its sub-patcher files are looked up from, the workspace root without it.
 */
public final class ProgramRequest {
    /** Largest patch or Faust text accepted; a request body may be larger when it carries input audio. */
    public static final int PROGRAM_LIMIT = 4 << 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workspace workspace;
    private final CodeProbe probe;

    ProgramRequest(Workspace workspace, CodeProbe probe) {
        this.workspace = workspace;
        this.probe = probe;
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
    Program program(JsonNode body) {
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
            return Programs.ofPatch(text, wanted, resources(body.get("path")));
        }
        if (!dsp.isTextual()) {
            throw new BadRequestResponse("\"dsp\" is Faust text");
        }
        checkSize(dsp.textValue());
        return Programs.ofDsp(dsp.textValue(), wanted);
    }

    /** Files from the folder of the patch's workspace path (validated as the workspace does), or from the root. */
    private Resources resources(JsonNode path) {
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
            return new WorkspaceResources(workspace.root(), folder, probe);
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
