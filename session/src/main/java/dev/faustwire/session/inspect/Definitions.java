package dev.faustwire.session.inspect;

import dev.faustwire.session.Generated;
import java.util.ArrayList;
import java.util.List;

/**
 * The definitions of the program that carry a box's outlet, found through the source map: among
 * the lines the box owns, those defining a name {@code Kind_N_k} for outlet k ({@code Add_2_0 = ...}),
 * or naming it as a parameter of {@code process} for an input box ({@code process(In_1_0) = ...}).
 */
final class Definitions {
    private Definitions() {
    }

    /**
     * {@code Add_2_0 (line 6)} for each definition of outlet {@code outlet} of the box at
     * {@code boxPath}, numbered {@code number} in its level's names: a definition on a line the box
     * owns, or a parameter of its level's function ({@code process(In_1_0)}) for an input box.
     */
    static List<String> ofOutlet(Generated generated, String boxPath, int number, int outlet) {
        List<String> found = new ArrayList<>();
        if (!generated.ok()) {
            return found;
        }
        String suffix = "_" + number + "_" + outlet;
        int slash = boxPath.lastIndexOf('/');
        String parent = slash < 0 ? null : boxPath.substring(0, slash);
        List<String> owners = generated.lineOwners();
        String code = generated.code();
        int start = 0;
        for (int line = 0; line < owners.size() && start <= code.length(); line++) {
            int end = code.indexOf('\n', start);
            if (end < 0) {
                end = code.length();
            }
            String owner = owners.get(line);
            boolean own = boxPath.equals(owner);
            boolean levelHeader = parent == null ? owner == null : parent.equals(owner);
            if (own || levelHeader) {
                String text = code.substring(start, end);
                for (String name : own ? definedNames(text) : parameters(text)) {
                    String shown = name + " (line " + (line + 1) + ")";
                    if (name.endsWith(suffix) && !found.contains(shown)) {
                        found.add(shown);
                    }
                }
            }
            start = end + 1;
        }
        return found;
    }

    /** The name a line defines ({@code Add_2_0} of {@code   Add_2_0 = In_1_0 + 1;}), or none. */
    static List<String> definedNames(String line) {
        String text = line.trim();
        int end = nameEnd(text);
        List<String> names = new ArrayList<>();
        if (end > 0 && text.substring(end).trim().startsWith("=")) {
            names.add(text.substring(0, end));
        }
        return names;
    }

    /** The parameters of a function a line begins to define ({@code In_1_0} of {@code process(In_1_0) = Out_1}). */
    static List<String> parameters(String line) {
        String text = line.trim();
        int end = nameEnd(text);
        int close = text.indexOf(')');
        if (end == 0 || end >= text.length() || text.charAt(end) != '(' || close < 0
                || !text.substring(close + 1).trim().startsWith("=")) {
            return List.of();
        }
        return parts(text.substring(end + 1, close));
    }

    private static int nameEnd(String text) {
        int end = 0;
        while (end < text.length() && isNameChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static List<String> parts(String list) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i <= list.length(); i++) {
            char c = i < list.length() ? list.charAt(i) : ',';
            if (c == ',') {
                if (part.length() > 0) {
                    parts.add(part.toString());
                }
                part.setLength(0);
            } else if (!Character.isWhitespace(c)) {
                part.append(c);
            }
        }
        return parts;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
