package dev.faustwire.core.json;

import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonBool;
import dev.faustwire.core.json.JsonValue.JsonNull;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A strict JSON (RFC 8259) reader that reports where it stopped and which keys were duplicated. */
public final class JsonParser {
    private static final int MAX_DEPTH = 512;

    private final String text;
    private final List<String> path = new ArrayList<>();
    private final List<DuplicateKey> duplicates = new ArrayList<>();
    private int pos;

    private JsonParser(String text) {
        this.text = text;
    }

    /** The value of a whole document together with the duplicate keys met on the way. */
    public record Result(JsonValue value, List<DuplicateKey> duplicates) {
    }

    /** Parses a whole document; throws {@link JsonSyntaxException} with line and column. */
    public static Result parse(String text) {
        JsonParser parser = new JsonParser(text);
        parser.skipWhitespace();
        if (parser.pos == text.length()) {
            throw parser.error("empty document");
        }
        JsonValue value = parser.value();
        parser.skipWhitespace();
        if (parser.pos != text.length()) {
            throw parser.error("unexpected text after the end of the document");
        }
        return new Result(value, List.copyOf(parser.duplicates));
    }

    private JsonValue value() {
        if (path.size() > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
        if (pos >= text.length()) {
            throw error("unexpected end of input");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return new JsonString(string());
            case 't':
                return literal("true", new JsonBool(true));
            case 'f':
                return literal("false", new JsonBool(false));
            case 'n':
                return literal("null", JsonNull.INSTANCE);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected character '" + c + "'");
        }
    }

    private JsonObject object() {
        pos++;
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return new JsonObject(fields);
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a key in quotes");
            }
            int keyPos = pos;
            String key = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            path.add(key);
            JsonValue value = value();
            path.remove(path.size() - 1);
            if (fields.containsKey(key)) {
                duplicates.add(new DuplicateKey(List.copyOf(path), key, lineAt(keyPos), columnAt(keyPos)));
            } else {
                fields.put(key, value);
            }
            skipWhitespace();
            char c = peek();
            pos++;
            if (c == '}') {
                return new JsonObject(fields);
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or '}'");
            }
        }
    }

    private JsonArray array() {
        pos++;
        List<JsonValue> items = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return new JsonArray(items);
        }
        while (true) {
            skipWhitespace();
            path.add(Integer.toString(items.size()));
            items.add(value());
            path.remove(path.size() - 1);
            skipWhitespace();
            char c = peek();
            pos++;
            if (c == ']') {
                return new JsonArray(items);
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ']'");
            }
        }
    }

    private String string() {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                pos--;
                throw error("control character in string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char escaped = text.charAt(pos++);
            switch (escaped) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case '/' -> out.append('/');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(unicodeEscape());
                default -> {
                    pos--;
                    throw error("invalid escape '\\" + escaped + "'");
                }
            }
        }
    }

    private char unicodeEscape() {
        if (pos + 4 > text.length()) {
            throw error("truncated \\u escape");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(pos), 16);
            if (digit < 0) {
                throw error("invalid \\u escape");
            }
            value = value * 16 + digit;
            pos++;
        }
        return (char) value;
    }

    private JsonNumber number() {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String literal = text.substring(start, pos);
        if (!Numbers.isNumberText(literal)) {
            pos = start;
            throw error("invalid number '" + literal + "'");
        }
        return new JsonNumber(Numbers.canonical(literal));
    }

    private JsonValue literal(String word, JsonValue value) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected word; expected " + word);
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        if (pos >= text.length()) {
            throw error("unexpected end of input");
        }
        return text.charAt(pos);
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private JsonSyntaxException error(String message) {
        return new JsonSyntaxException(message, lineAt(pos), columnAt(pos));
    }

    private int lineAt(int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private int columnAt(int offset) {
        int column = 1;
        for (int i = Math.min(offset, text.length()) - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            column++;
        }
        return column;
    }
}
