package dev.faustwire.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faustwire.core.imports.FileKind;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The fields of an import request, each checked: the body at most {@link #MAX_BODY_BYTES} (413), the
 * name a plain file name ending in {@code .gendsp} or {@code .maxpat} (400), the text at most
 * {@link #MAX_TEXT_CHARS} characters (413).
 */
final class GenImportRequest {
    /** The largest file text imported: as large as a program the server compiles. */
    static final int MAX_TEXT_CHARS = ProgramRequest.PROGRAM_LIMIT;
    /** The largest body: the text and its JSON escapes (a Max patcher's tabs and quotes take two bytes each). */
    static final int MAX_BODY_BYTES = 2 * MAX_TEXT_CHARS + 4096;
    /** The longest name, in UTF-8 bytes, as a name in the workspace. */
    static final int MAX_NAME_BYTES = 200;

    private GenImportRequest() {
    }

    /** The body's bytes; 413 when it is larger than allowed, as declared or as sent. */
    static byte[] bytes(Context ctx) {
        if (ctx.req().getContentLengthLong() > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new BadRequestResponse("the request body could not be read to its end");
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        return bytes;
    }

    /** The file's name: a name, not a path, of a Gen file. */
    static String name(JsonNode field) {
        if (field == null || !field.isTextual() || field.textValue().isBlank()) {
            throw new BadRequestResponse("\"name\" is the file's name, such as \"comb.gendsp\"");
        }
        String name = field.textValue();
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES
                || !StandardCharsets.UTF_8.newEncoder().canEncode(name)) {
            throw new BadRequestResponse("\"name\" is at most " + MAX_NAME_BYTES + " bytes of text");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c == ':' || c < 0x20 || c == 0x7f) {
                throw new BadRequestResponse("\"name\" is a file's name without a folder or control characters");
            }
        }
        if (name.startsWith(".") || FileKind.of(name) != FileKind.GEN) {
            throw new BadRequestResponse("\"name\" names a Max gen~ patcher: it ends in .gendsp or .maxpat");
        }
        return name;
    }

    /** The file's text. */
    static String text(JsonNode field) {
        if (field == null || !field.isTextual()) {
            throw new BadRequestResponse("\"text\" is the file's text");
        }
        if (field.textValue().length() > MAX_TEXT_CHARS) {
            throw new ContentTooLargeResponse("a file to import is at most " + (MAX_TEXT_CHARS >> 20) + " MiB");
        }
        return field.textValue();
    }

    private static ContentTooLargeResponse tooLarge() {
        return new ContentTooLargeResponse("an import request is at most " + (MAX_BODY_BYTES >> 20) + " MiB");
    }
}
