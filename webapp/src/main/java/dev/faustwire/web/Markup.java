package dev.faustwire.web;

/** Text made safe inside SVG markup, as element text or an attribute value. */
final class Markup {
    private Markup() {
    }

    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * A number as SVG wants it. Most coordinates are whole pixels, written as ints; TeaVM's
     * {@code Double.toString} is far slower than the browser's own, which writes the others.
     */
    static String num(double value) {
        int whole = (int) value;
        return whole == value ? Integer.toString(whole) : jsNumber(value);
    }

    @org.teavm.jso.JSBody(params = "value", script = "return String(value);")
    private static native String jsNumber(double value);
}
