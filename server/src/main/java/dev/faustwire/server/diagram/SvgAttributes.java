package dev.faustwire.server.diagram;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The attributes a cleaned diagram keeps, each with the grammar its value must match: numbers,
 * colours by {@code #hex} or name, a few transforms, and style declarations of drawing properties
 * with no parentheses (so no {@code url()}). Links ({@code href}) are not here: {@link SvgCleaner}
 * keeps only those to the diagram's own files. Everything else, every {@code on...} handler
 * included, is dropped.
 */
final class SvgAttributes {
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?(mm|px|pt|cm|in|%)?");
    private static final Pattern NUMBERS = Pattern.compile("[-+0-9.eE, ]{1,100000}");
    private static final Pattern PATH = Pattern.compile("[MmLlHhVvCcSsQqTtAaZz0-9.,eE +-]{1,100000}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}|[a-zA-Z]{1,30}");
    private static final Pattern WORD = Pattern.compile("[a-zA-Z-]{1,30}");
    private static final Pattern FONT = Pattern.compile("[A-Za-z ,-]{1,100}");
    private static final Pattern TRANSFORM = Pattern.compile(
            "((rotate|translate|scale)\\([-+0-9.eE, ]{0,100}\\)\\s*){1,10}");
    private static final Pattern STYLE_VALUE = Pattern.compile("[A-Za-z0-9#., %-]{1,100}");

    private static final Map<String, Pattern> GRAMMAR = Map.ofEntries(
            Map.entry("x", NUMBER), Map.entry("y", NUMBER), Map.entry("width", NUMBER), Map.entry("height", NUMBER),
            Map.entry("rx", NUMBER), Map.entry("ry", NUMBER), Map.entry("cx", NUMBER), Map.entry("cy", NUMBER),
            Map.entry("r", NUMBER), Map.entry("x1", NUMBER), Map.entry("y1", NUMBER), Map.entry("x2", NUMBER),
            Map.entry("y2", NUMBER), Map.entry("dx", NUMBER), Map.entry("dy", NUMBER),
            Map.entry("viewBox", NUMBERS), Map.entry("points", NUMBERS), Map.entry("d", PATH),
            Map.entry("version", NUMBER), Map.entry("fill", COLOUR), Map.entry("stroke", COLOUR),
            Map.entry("stroke-width", NUMBER), Map.entry("stroke-dasharray", NUMBERS), Map.entry("stroke-linecap", WORD),
            Map.entry("font-family", FONT), Map.entry("font-size", NUMBER), Map.entry("font-weight", WORD),
            Map.entry("text-anchor", WORD), Map.entry("transform", TRANSFORM));

    private static final Set<String> STYLE_PROPERTIES = Set.of("stroke", "fill", "stroke-width", "stroke-linecap",
            "stroke-linejoin", "stroke-dasharray", "font-family", "font-size", "font-weight", "text-anchor", "opacity",
            "fill-opacity", "stroke-opacity");

    private SvgAttributes() {
    }

    /** The value to keep for a plain (un-namespaced) attribute, or null to drop it. */
    static String kept(String name, String value) {
        if (name.equals("style")) {
            return style(value);
        }
        Pattern grammar = GRAMMAR.get(name);
        String trimmed = value.strip();
        return grammar != null && grammar.matcher(trimmed).matches() ? trimmed : null;
    }

    /** The declarations of a style attribute that name a drawing property with a plain value; null when none does. */
    static String style(String value) {
        StringBuilder kept = new StringBuilder();
        for (String declaration : value.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String property = declaration.substring(0, colon).strip();
            String setting = declaration.substring(colon + 1).strip();
            if (STYLE_PROPERTIES.contains(property) && STYLE_VALUE.matcher(setting).matches()) {
                kept.append(property).append(':').append(setting).append(';');
            }
        }
        return kept.length() == 0 ? null : kept.toString();
    }
}
