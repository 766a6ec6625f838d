package dev.faustwire.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/** The body of a PUT of a patch: at most {@link #MAX_BYTES}, UTF-8, one JSON object and nothing after it, a valid patch. */
final class PatchBody {
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private PatchBody() {
    }

    /** Reads and checks the body: 413 when it is too large (as declared or as sent), 400 when it is no JSON object. */
    static byte[] read(Context ctx) {
        byte[] bytes = bounded(ctx, MAX_BYTES, "a patch");
        check(bytes);
        return bytes;
    }

    /**
     * The body's bytes, never more than {@code max} read: 413 when it is larger (as declared or as sent), 400
     * when it cannot be read to its end. {@code what} names the document in the 413's message.
     */
    static byte[] bounded(Context ctx, int max, String what) {
        if (ctx.req().getContentLengthLong() > max) {
            throw tooLarge(max, what);
        }
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(max + 1);
        } catch (IOException e) {
            throw new BadRequestResponse("the request body could not be read to its end");
        }
        if (bytes.length > max) {
            throw tooLarge(max, what);
        }
        return bytes;
    }

    /**
     * Throws a 400 unless the bytes are UTF-8 text of one JSON object under {@link JsonPolicy} that the patch
     * format allows ({@link PatchRules}): what the editor's reader would refuse is never stored.
     */
    static void check(byte[] bytes) {
        String text = JsonPolicy.utf8(bytes, "a patch");
        JsonNode tree = JsonPolicy.value(text, "a patch");
        if (!tree.isObject()) {
            throw new BadRequestResponse("a patch is a JSON object");
        }
        PatchRules.check(text, tree);
    }

    private static ContentTooLargeResponse tooLarge(int max, String what) {
        return new ContentTooLargeResponse(what + " has at most " + max + " bytes");
    }
}
