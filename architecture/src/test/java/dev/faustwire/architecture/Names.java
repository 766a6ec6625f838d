package dev.faustwire.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The project's names a source file uses: its imports, and qualified names written in its code. */
final class Names {
    /** {@code dev.faustwire.x.y.Type}: packages in lower case, then a type. */
    private static final Pattern QUALIFIED = Pattern.compile("\\bdev\\.faustwire(?:\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*");

    private Names() {
    }

    static List<String> faustwireNamesIn(Sources.Source source) {
        TreeSet<String> names = new TreeSet<>();
        for (String imported : source.imports()) {
            if (imported.startsWith("dev.faustwire.")) {
                names.add(imported);
            }
        }
        Matcher m = QUALIFIED.matcher(withoutCommentsAndPackage(source.text()));
        while (m.find()) {
            names.add(m.group());
        }
        return new ArrayList<>(names);
    }

    /** The code without its package line, import lines and comments (javadoc may name any class). */
    private static String withoutCommentsAndPackage(String text) {
        String noBlock = text.replaceAll("(?s)/\\*.*?\\*/", " ");
        StringBuilder out = new StringBuilder();
        for (String line : noBlock.split("\n")) {
            String t = line.trim();
            if (t.startsWith("package ") || t.startsWith("import ") || t.startsWith("//")) {
                continue;
            }
            int comment = line.indexOf("//");
            out.append(comment >= 0 && !line.substring(0, comment).contains("\"") ? line.substring(0, comment) : line)
                    .append('\n');
        }
        return out.toString();
    }
}
