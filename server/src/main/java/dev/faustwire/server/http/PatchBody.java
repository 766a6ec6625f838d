package dev.faustwire.server.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/** The body of a PUT of a patch: at most {@link #MAX_BYTES}, UTF-8, one JSON object and nothing after it. */
final class PatchBody {
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private static final JsonFactory JSON = new JsonFactory();

    private PatchBody() {
    }

    /** Reads and checks the body: 413 when it is too large (as declared or as sent), 400 when it is no JSON object. */
    static byte[] read(Context ctx) {
        if (ctx.req().getContentLengthLong() > MAX_BYTES) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new BadRequestResponse("the request body could not be read to its end");
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        check(bytes);
        return bytes;
    }

    /** Throws a 400 unless the bytes are UTF-8 text of one JSON object. */
    static void check(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestResponse("a patch is UTF-8 text");
        }
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new BadRequestResponse("a patch is a JSON object");
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw new BadRequestResponse("a patch is one JSON object with nothing after it");
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new BadRequestResponse("a patch is well-formed JSON: " + e.getOriginalMessage() + where);
        } catch (IOException e) {
            throw new BadRequestResponse("a patch is well-formed JSON");
        }
    }

    private static ContentTooLargeResponse tooLarge() {
        return new ContentTooLargeResponse("a patch has at most " + MAX_BYTES + " bytes");
    }
}
