package dev.faustwire.server.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Random inputs for {@link FuzzRoutesIT}, from one seeded {@link Random}: raw request paths (with "..", %2e,
 * NUL, newlines, encoded lone surrogates, links and hidden folders of the fuzz workspace), header values, and
 * JSON texts of random shape (lone surrogates and control characters in strings, 1e400 and -1, deep nesting,
 * duplicate keys, trailing text, invalid UTF-8).
 */
final class FuzzInputs {
    static final String VERSION = "2025-01-31T12-00-00.000Z-000000";

    private static final List<String> NAMES = List.of("p.json", "sub", "q.dsppat", "alias.json", "out.json", "linked",
            "secret.json", "hist", "folder.json", "a.json", VERSION + ".json", "new", "x.json", "lib", "lp.dsppat",
            "one-pole.json", "x.dsppat", "x.txt", "x");
    private static final List<String> ODD_PARTS = List.of("..", ".", "%2e%2e", "%2E%2e", "%2e", ".history", ".hidden.json",
            "%00", "a%0Ab.json", "a%0Db.json", "%7F.json", "%C2%85.json", "%ED%A0%80.json", "%ED%B0%80", "%C0%AE%C0%AE",
            "%FF.json", "%25", "%2F", "%5C", "..%2F..%2Fetc", "~", "%20.json", "a%20b.json", "%E2%99%AB.json",
            "%F0%9F%8E%B5.json", "*", "%3F.json", "%23.json", "x".repeat(300) + ".json", "%1B%5B31m.json", "%2e%2e%2f",
            "", ";", "%3B.json", "..%5C..%5Cx.json");
    private static final List<String> KEYS = List.of("patch", "dsp", "path", "name", "input", "rate", "seconds", "params",
            "format", "version", "boxes", "lines", "props", "text", "rect", "data", "comment", "src", "dest", "value",
            "inputs", "outputs", "id", "");
    private static final List<String> STRINGS = List.of("", "x", "\\ud800", "\\udc00", "a\\ud800b", "\\ud800\\ud800",
            "\\udbff\\udfff", "\\u0000", "\\u0001", "\\u001b[31mred", "\\n", "\\r\\n", "\\u007f", "\\u0085", "\\u2028",
            "\\ud83c\\udfb5", "\u266b", "process = _;", "process = +;", "process = os.osc(440);", "import(\\\"stdfaust.lib\\\");",
            "p.json", "../out.json", "./lib/lp.dsppat", "/etc/passwd", "faustwire-patch", "+", "in 1", "out 1",
            "hslider \\ud800 0 0 1 0.1", "osc 440", "mem", "p ./lib/lp.dsppat", "p ../out.json", "p ./alias.json", "code",
            "\\\"", "\\\\", "%00", "1", "1e400", "-1", "W/\\\"x\\\"", "*", VERSION);
    private static final List<String> NUMBERS = List.of("0", "1", "-1", "2", "1.5", "-0", "1e400", "-1e400", "1e-400",
            "123456789012345678901234567890", "-99999999999999999999", "4.9e-324", "1.7976931348623157e308",
            "1E+2", "0.0000001", "48000", "-48000", "2147483648", "1e9");
    private static final List<String> INVALID_NUMBERS = List.of("NaN", "Infinity", "-Infinity", "0x10", "01", "1.", ".5",
            "+1", "1e", "--1");

    private final Random random;

    FuzzInputs(Random random) {
        this.random = random;
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int below(int n) {
        return random.nextInt(n);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A raw, already-encoded path below a route prefix, such as {@code sub/%2e%2e/p.json}. */
    String path() {
        if (chance(0.3)) {
            return pick(List.of("p.json", "sub/q.dsppat", "alias.json", "out.json", "linked/secret.json",
                    "hist/p.json/" + VERSION + ".json", "folder.json", "a.json", "a.json/" + VERSION + ".json",
                    "new/x.json", "x.dsppat", "lib/lp.dsppat"));
        }
        StringBuilder path = new StringBuilder();
        int parts = 1 + below(4);
        for (int i = 0; i < parts; i++) {
            path.append(i == 0 ? "" : chance(0.1) ? "//" : "/");
            path.append(chance(0.6) ? pick(NAMES) : pick(ODD_PARTS));
        }
        if (chance(0.3)) {
            path.append(pick(List.of(".json", ".dsppat", "", ".JSON", "%2Ejson")));
        }
        return path.toString();
    }

    /** A header value: a proper entity tag list, *, or something odd. */
    String etagHeader() {
        return pick(List.of("*", "\"0123456789abcdef0123456789abcdef\"", "W/\"x\"", "\"a\", \"b\"", "abc", "\"", "W/",
                "\"" + "x".repeat(5000) + "\"", "*, \"a\"", ",,,", "\"\u00e9\"", ""));
    }

    /** A history version name: a proper one or something odd (already URL-encoded). */
    String version() {
        return pick(List.of(VERSION, "2025-01-31T12-00-00.000Z-000001", "..", "%2e%2e%2fp", "%00", "%ED%A0%80", "x",
                VERSION + "%0A", "9999-99-99T99-99-99.999Z-999999", ""));
    }

    /** A JSON value as text, at most {@code depth} levels of random containers (plus, now and then, a deep one). */
    String value(int depth) {
        int kind = below(depth <= 0 ? 4 : 7);
        switch (kind) {
            case 0:
                return string();
            case 1:
                return chance(0.95) ? pick(NUMBERS) : pick(INVALID_NUMBERS);
            case 2:
                return pick(List.of("true", "false", "null"));
            case 3:
                return chance(0.1) ? deep() : string();
            case 4:
            case 5:
                return object(depth - 1);
            default:
                return array(depth - 1);
        }
    }

    String string() {
        if (chance(0.02)) {
            return "\"" + "a".repeat(1 + below(100_000)) + "\"";
        }
        if (chance(0.03)) {
            return "\"raw" + (char) below(0x20) + "control\"";
        }
        StringBuilder text = new StringBuilder("\"");
        int pieces = 1 + below(3);
        for (int i = 0; i < pieces; i++) {
            text.append(pick(STRINGS));
        }
        return text.append('"').toString();
    }

    /** Arrays or objects nested up to 3,000 deep, mostly balanced. */
    String deep() {
        int n = 1 + below(3000);
        boolean objects = chance(0.3);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(objects ? "{\"a\":" : "[");
        }
        text.append(objects ? "1" : "");
        int close = chance(0.9) ? n : below(n + 2);
        for (int i = 0; i < close; i++) {
            text.append(objects ? "}" : "]");
        }
        return text.toString();
    }

    String object(int depth) {
        StringBuilder text = new StringBuilder("{");
        int n = below(5);
        for (int i = 0; i < n; i++) {
            text.append(i == 0 ? "" : ",");
            text.append(chance(0.8) ? "\"" + pick(KEYS) + "\"" : string()).append(':').append(value(depth));
        }
        return text.append('}').toString();
    }

    String array(int depth) {
        StringBuilder text = new StringBuilder("[");
        int n = below(5);
        for (int i = 0; i < n; i++) {
            text.append(i == 0 ? "" : ",").append(value(depth));
        }
        return text.append(']').toString();
    }

    /** A patch object of random boxes and lines, with odd texts, versions, rects and ports now and then. */
    String patch() {
        StringBuilder text = new StringBuilder("{");
        if (chance(0.7)) {
            text.append("\"format\":").append(chance(0.9) ? "\"faustwire-patch\"" : value(1)).append(',');
        }
        if (chance(0.7)) {
            text.append("\"version\":").append(chance(0.7) ? "1" : value(1)).append(',');
        }
        text.append("\"boxes\":{");
        int boxes = below(5);
        for (int i = 0; i < boxes; i++) {
            text.append(i == 0 ? "" : ",").append("\"box-").append(i + 1).append("\":{\"text\":").append(string());
            if (chance(0.5)) {
                text.append(",\"rect\":[").append(pick(NUMBERS)).append(",10,").append(pick(NUMBERS)).append(",22]");
            }
            if (chance(0.1)) {
                text.append(",\"data\":").append(chance(0.5) ? patch() : value(2));
            }
            text.append('}');
        }
        text.append("},\"lines\":{");
        int lines = boxes == 0 ? 0 : below(4);
        for (int i = 0; i < lines; i++) {
            text.append(i == 0 ? "" : ",").append("\"line-").append(i + 1).append("\":{\"src\":[\"box-")
                    .append(1 + below(boxes)).append("\",").append(chance(0.8) ? "0" : pick(NUMBERS))
                    .append("],\"dest\":[\"box-").append(1 + below(boxes)).append("\",")
                    .append(chance(0.8) ? "0" : pick(NUMBERS)).append("]}");
        }
        text.append("}");
        if (chance(0.1)) {
            text.append(",\"props\":").append(value(2));
        }
        if (chance(0.05)) {
            text.append(",\"boxes\":{}");
        }
        return text.append('}').toString();
    }

    /** The bytes of a body: the text, now and then broken (trailing text, cut short, invalid UTF-8, a BOM, empty). */
    byte[] body(String json) {
        String text = json;
        switch (below(20)) {
            case 0:
                text = json + pick(List.of(" x", "{}", " ", "\n", "]", "null", "\u0000"));
                break;
            case 1:
                text = json.substring(0, below(json.length() + 1));
                break;
            case 2:
                text = "";
                break;
            case 3:
                text = "\ufeff" + json;
                break;
            default:
                break;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (chance(0.04)) {
            ByteArrayOutputStream broken = new ByteArrayOutputStream();
            int at = below(bytes.length + 1);
            broken.write(bytes, 0, at);
            broken.write(pick(List.of(0xFF, 0xC3, 0xED, 0x80)));
            broken.write(bytes, at, bytes.length - at);
            return broken.toByteArray();
        }
        return bytes;
    }
}
