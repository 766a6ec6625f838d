package dev.faustwire.server.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The exported page's text: the template {@code web-page.html} with the program's name, its JSON
 * description, its wasm module and the faustwasm runtime put in, each in a form the HTML parser
 * cannot end early (base64, or JSON whose {@code < > &} are escapes).
 */
final class WebPage {
    private static final String TEMPLATE = template();

    private WebPage() {
    }

    /** One wasm module of the page, with its JSON description (none for faustwasm's mixer), under an id the script knows. */
    record Part(String id, String json, byte[] wasm) {
    }

    /**
     * The page of a DSP ({@code dsp}) or of an instrument ({@code voice}, {@code effect}, {@code mixer});
     * each JSON is faust's description without server paths.
     */
    static String of(String title, List<Part> parts, byte[] runtime) {
        Map<String, String> fields = Map.of(
                "TITLE", htmlText(title),
                "PARTS", partElements(parts),
                "RUNTIME", Base64.getEncoder().encodeToString(runtime));
        return fill(TEMPLATE, fields);
    }

    private static String partElements(List<Part> parts) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part.json() != null) {
                out.append("<script type=\"application/json\" id=\"fw-json-").append(part.id()).append("\">")
                        .append(scriptSafeJson(part.json())).append("</script>\n");
            }
            out.append("<script type=\"text/plain\" id=\"fw-wasm-").append(part.id()).append("\">")
                    .append(Base64.getEncoder().encodeToString(part.wasm())).append("</script>\n");
        }
        return out.toString();
    }

    /** Replaces each {@code {{NAME}}} in one pass: text put in is never read for fields again. */
    static String fill(String template, Map<String, String> fields) {
        StringBuilder out = new StringBuilder(template.length() + fields.values().stream().mapToInt(String::length).sum());
        int at = 0;
        while (true) {
            int open = template.indexOf("{{", at);
            int close = open < 0 ? -1 : template.indexOf("}}", open + 2);
            if (close < 0) {
                return out.append(template, at, template.length()).toString();
            }
            String value = fields.get(template.substring(open + 2, close));
            if (value == null) {
                throw new IllegalStateException("the page template names no field " + template.substring(open, close + 2));
            }
            out.append(template, at, open).append(value);
            at = close + 2;
        }
    }

    /** JSON that stays inside its script element: {@code < > &} only occur in strings, where escapes mean the same. */
    static String scriptSafeJson(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    static String htmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String template() {
        try (InputStream in = WebPage.class.getResourceAsStream("web-page.html")) {
            if (in == null) {
                throw new IllegalStateException("web-page.html is missing from the server's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
