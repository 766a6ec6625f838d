package dev.faustwire.server.diagram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stable names for Faust's diagram files, which it names after memory addresses that change every
 * run ({@code osc-0x7fae5c2770d0.svg}): {@code process} for the top, then the files in the order
 * their links are first met walking from the top, breadth first, each {@code NAME-N} (its
 * definition's name, N counting from 1 over all files). The same program gets the same names.
 * Files no link reaches are left out.
 */
final class DiagramNames {
    static final String ROOT_FILE = "process.svg";
    static final String ROOT = "process";
    /** A stable name, as served: {@code process} or {@code NAME-N}. */
    static final Pattern STABLE = Pattern.compile("process|[A-Za-z][A-Za-z0-9_]{0,31}-[1-9][0-9]{0,5}");

    private static final Pattern LINK = Pattern.compile("href=\"([^\"]+)\"");
    private static final Pattern ADDRESS = Pattern.compile("-0x[0-9a-fA-F]+\\.svg$");

    private DiagramNames() {
    }

    /** Faust's file name to its stable name (without {@code .svg}), in the order of the walk; empty without a top file. */
    static Map<String, String> of(Map<String, byte[]> files) {
        Map<String, String> names = new LinkedHashMap<>();
        if (!files.containsKey(ROOT_FILE)) {
            return names;
        }
        names.put(ROOT_FILE, ROOT);
        Deque<String> queue = new ArrayDeque<>();
        queue.add(ROOT_FILE);
        int count = 0;
        while (!queue.isEmpty()) {
            Matcher link = LINK.matcher(new String(files.get(queue.remove()), StandardCharsets.UTF_8));
            while (link.find()) {
                String target = link.group(1);
                if (files.containsKey(target) && !names.containsKey(target)) {
                    count++;
                    names.put(target, base(target) + "-" + count);
                    queue.add(target);
                }
            }
        }
        return names;
    }

    /** The definition's name in a file name, made safe: letters, digits and {@code _}, starting with a letter. */
    static String base(String file) {
        String stem = ADDRESS.matcher(file).replaceFirst("");
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < stem.length() && safe.length() < 32; i++) {
            char c = stem.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (letter || (safe.length() > 0 && ((c >= '0' && c <= '9') || c == '_'))) {
                safe.append(c);
            }
        }
        return safe.length() == 0 ? "block" : safe.toString();
    }
}
