package dev.faustwire.server.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.BadRequestResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The one JSON policy of every route that reads a JSON body: UTF-8 text of exactly one JSON value and nothing
 * after it, nested at most {@link #MAX_NESTING} deep, no key twice in one object (readers disagree on which one
 * wins) and no number too large for a double (such as {@code 1e400}). Anything else is a 400 that says why.
 */
final class JsonPolicy {
    /**
     * Deepest nesting of arrays and objects: editor-core's patch reader refuses a patch nested deeper than 512,
     * and a request carries its patch one level down ({@code {"patch": ...}}), so the envelope may have one more.
     * A PUT of a patch is judged by the reader itself, so what it refuses is never stored.
     */
    static final int MAX_NESTING = 513;

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonPolicy() {
    }

    /** The bytes as text; 400 when they are not UTF-8. */
    static String utf8(byte[] bytes, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestResponse(what + " is UTF-8 text");
        }
    }

    /** The one JSON object of the bytes; 400 when they break the policy or hold another kind of value. */
    static JsonNode object(byte[] bytes, String what) {
        JsonNode value = value(bytes, what);
        if (!value.isObject()) {
            throw new BadRequestResponse(what + " is a JSON object");
        }
        return value;
    }

    /**
     * The one JSON value of UTF-8 bytes, read as they are (a render's body may carry a large input in base64,
     * which is not copied into a text first); 400 when they break the policy or are not UTF-8.
     */
    static JsonNode value(byte[] bytes, String what) {
        checkUtf8(bytes, what);
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            throw new BadRequestResponse(what + " starts with its JSON, not a byte order mark");
        }
        return checked(() -> JSON.readTree(bytes), what);
    }

    /** Throws a 400 unless the bytes are strict UTF-8 (no encoded surrogate), checked in pieces, not copied whole. */
    static void checkUtf8(byte[] bytes, String what) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult result = decoder.decode(in, out, true);
        while (result.isOverflow()) {
            out.clear();
            result = decoder.decode(in, out, true);
        }
        if (result.isError() || decoder.flush(out.clear()).isError()) {
            throw new BadRequestResponse(what + " is UTF-8 text");
        }
    }

    /** The one JSON value of the text; 400 when it breaks the policy. */
    static JsonNode value(String text, String what) {
        return checked(() -> JSON.readTree(text), what);
    }

    /** What {@link ObjectMapper#readTree} reads from a text or from bytes. */
    private interface Reading {
        JsonNode read() throws IOException;
    }

    private static JsonNode checked(Reading reading, String what) {
        JsonNode value;
        try {
            value = reading.read();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new BadRequestResponse(what + " is one well-formed JSON value with nothing after it: "
                    + e.getOriginalMessage() + where);
        } catch (IOException e) {
            throw new BadRequestResponse(what + " is one well-formed JSON value");
        }
        if (value == null || value.isMissingNode()) {
            throw new BadRequestResponse(what + " is a JSON value, not empty");
        }
        checkNumbers(value, what);
        return value;
    }

    /** Every number a double can hold: {@code 1e400} would turn into infinity, which JSON cannot write back. */
    private static void checkNumbers(JsonNode root, String what) {
        Deque<JsonNode> open = new ArrayDeque<>();
        Deque<String> pointers = new ArrayDeque<>();
        open.push(root);
        pointers.push("");
        while (!open.isEmpty()) {
            JsonNode node = open.pop();
            String pointer = pointers.pop();
            if (node.isObject()) {
                node.fields().forEachRemaining(field -> {
                    open.push(field.getValue());
                    pointers.push(pointer + "/" + field.getKey());
                });
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    open.push(node.get(i));
                    pointers.push(pointer + "/" + i);
                }
            } else if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
                throw new BadRequestResponse(what + " holds a number too large for a double (at most about 1.8e308) at "
                        + shortened(pointer));
            }
        }
    }

    private static String shortened(String pointer) {
        return pointer.length() > 200 ? pointer.substring(0, 200) + "..." : pointer;
    }
}
