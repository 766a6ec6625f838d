package dev.faustwire.codegen;

import java.util.ArrayList;
import java.util.List;

/** The one writer all generated Faust passes through: indents, ends lines, records the source map. */
final class FaustWriter {
    private static final String INDENT = "  ";

    private final StringBuilder text = new StringBuilder();
    private final List<String> boxIdByLine = new ArrayList<>();
    private int depth;

    /** Writes one line that belongs to a box (null for none). */
    FaustWriter line(String boxId, String content) {
        if (!content.isEmpty()) {
            for (int i = 0; i < depth; i++) {
                text.append(INDENT);
            }
        }
        text.append(content).append('\n');
        boxIdByLine.add(boxId);
        return this;
    }

    /** Writes {@code name = expression;} for a box, without building the line first. */
    FaustWriter definition(String boxId, String name, String expression) {
        for (int i = 0; i < depth; i++) {
            text.append(INDENT);
        }
        text.append(name).append(" = ").append(expression).append(";\n");
        boxIdByLine.add(boxId);
        return this;
    }

    FaustWriter indent() {
        depth++;
        return this;
    }

    FaustWriter dedent() {
        depth--;
        return this;
    }

    String text() {
        return text.toString();
    }

    SourceMap sourceMap() {
        return new SourceMap(boxIdByLine);
    }
}
