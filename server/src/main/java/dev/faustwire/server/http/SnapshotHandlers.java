package dev.faustwire.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonWriter;
import dev.faustwire.server.workspace.Snapshots;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Snapshots of the live session over HTTP: {@code GET /api/snapshots} lists names; {@code GET/PUT/DELETE
 * /api/snapshots/{name}} reads, writes and deletes one. A PUT stores exactly the bytes it checked: one JSON object
 * under {@link JsonPolicy}, at most {@link #MAX_BYTES}, headed {@code "format": "faustwire-snapshot", "version": 1},
 * with {@code slots} and {@code audio}, in canonical form (as editor-core's writer prints it). The meaning of
 * each field is read by the page's LiveStateFormat (session), which the server does not depend on.
 */
final class SnapshotHandlers {
    static final int MAX_BYTES = 8 * 1024 * 1024;
    private static final String JSON = "application/json; charset=utf-8";

    private SnapshotHandlers() {
    }

    static void list(Context ctx, Snapshots snapshots) throws IOException {
        ctx.json(Map.of("snapshots", snapshots.names()));
    }

    static void read(Context ctx, Snapshots snapshots) throws IOException {
        byte[] bytes = snapshots.read(ctx.pathParam("name"));
        ctx.header("Cache-Control", "no-cache").contentType(JSON).result(bytes);
    }

    static void save(Context ctx, Snapshots snapshots) throws IOException {
        String name = ctx.pathParam("name");
        String problem = Snapshots.problem(name);
        if (problem != null) {
            throw new BadRequestResponse(problem);
        }
        byte[] bytes = PatchBody.bounded(ctx, MAX_BYTES, "a snapshot");
        check(bytes);
        boolean created = snapshots.save(name, bytes);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("bytes", bytes.length);
        ctx.status(created ? HttpStatus.CREATED : HttpStatus.OK).json(body);
    }

    static void delete(Context ctx, Snapshots snapshots) throws IOException {
        snapshots.delete(ctx.pathParam("name"));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** Throws a 400 unless the bytes are a canonical snapshot document (header, slots, audio). */
    static void check(byte[] bytes) {
        JsonNode tree = JsonPolicy.object(bytes, "a snapshot");
        if (!"faustwire-snapshot".equals(tree.path("format").asText(null))) {
            throw new BadRequestResponse("a snapshot has \"format\": \"faustwire-snapshot\" (E045)");
        }
        JsonNode version = tree.path("version");
        if (!version.isIntegralNumber() || version.asLong() < 1) {
            throw new BadRequestResponse("a snapshot's \"version\" is a whole number from 1 (E047)");
        }
        if (version.asLong() > 1) {
            throw new BadRequestResponse("this server keeps snapshots of version 1, not " + version.asLong() + " (E046)");
        }
        if (!tree.path("slots").isArray() || !tree.path("audio").isObject()) {
            throw new BadRequestResponse("a snapshot has a \"slots\" array and an \"audio\" object (E047)");
        }
        String text = JsonPolicy.utf8(bytes, "a snapshot");
        String canonical;
        try {
            canonical = JsonWriter.write(JsonParser.parse(text).value());
        } catch (RuntimeException e) {
            throw new BadRequestResponse("a snapshot is JSON that the page's reader takes: " + e.getMessage());
        }
        if (!canonical.equals(text)) {
            throw new BadRequestResponse("a snapshot is stored as canonical JSON: keys sorted, two-space indent, "
                    + "numbers in canonical form, a final newline");
        }
    }
}
