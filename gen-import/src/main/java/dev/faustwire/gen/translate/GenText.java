package dev.faustwire.gen.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Gen box text split as Gen reads it: the operator name, its arguments, and its attributes
 * ({@code @name value ...}, the values joined by spaces). Words are separated by white space;
 * a double-quoted word keeps its spaces.
 */
public record GenText(String name, List<String> args, Map<String, String> attributes) {

    public GenText {
        args = List.copyOf(args);
        attributes = new LinkedHashMap<>(attributes);
    }

    /** Splits a box text; an empty text gives an empty name. */
    public static GenText parse(String text) {
        List<String> words = words(text == null ? "" : text);
        String name = words.isEmpty() ? "" : words.get(0);
        List<String> args = new ArrayList<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        String attribute = null;
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            if (word.length() > 1 && word.charAt(0) == '@') {
                attribute = word.substring(1);
                attributes.put(attribute, "");
            } else if (attribute != null) {
                String before = attributes.get(attribute);
                attributes.put(attribute, before.isEmpty() ? word : before + " " + word);
            } else {
                args.add(word);
            }
        }
        return new GenText(name, args, attributes);
    }

    /** The value of an attribute, or null when the box does not set it. */
    public String attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                if (word == null) {
                    word = new StringBuilder();
                }
                continue;
            }
            if (!quoted && c <= ' ') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                continue;
            }
            if (word == null) {
                word = new StringBuilder();
            }
            word.append(c);
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
