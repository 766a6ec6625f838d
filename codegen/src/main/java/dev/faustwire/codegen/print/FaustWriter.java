package dev.faustwire.codegen.print;

import java.util.ArrayList;
import java.util.List;

/** The one writer all generated Faust passes through: indents, ends lines, records the source map. */
public final class FaustWriter {
    private static final String INDENT = "  ";

    private final StringBuilder text = new StringBuilder();
    private final List<String> boxIdByLine = new ArrayList<>();
    private int depth;

    /** Writes one line that belongs to a box (null for none). */
    public FaustWriter line(String boxId, String content) {
        if (!content.isEmpty()) {
            for (int i = 0; i < depth; i++) {
                text.append(INDENT);
            }
        }
        text.append(content).append('\n');
        boxIdByLine.add(boxId);
        return this;
    }

    /** Starts {@code name = } for a box: the expression is appended to the text returned, then {@link #close()}. */
    StringBuilder open(String boxId, String name) {
        for (int i = 0; i < depth; i++) {
            text.append(INDENT);
        }
        boxIdByLine.add(boxId);
        return text.append(name).append(" = ");
    }

    /** Ends the definition {@link #open} started. */
    FaustWriter close() {
        text.append(";\n");
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

    public String text() {
        return text.toString();
    }

    /** Per line written, the box it belongs to (null for none): the source map's content. */
    public List<String> boxIdByLine() {
        return boxIdByLine;
    }
}
