package dev.faustwire.codegen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Which box each line of a generated program comes from, so compiler errors can be pinned. */
public final class SourceMap {
    private final List<String> boxIdByLine;

    SourceMap(List<String> boxIdByLine) {
        this.boxIdByLine = Collections.unmodifiableList(new ArrayList<>(boxIdByLine));
    }

    /** The box of a 1-based line of the program, or null for lines that belong to no box. */
    public String boxAt(int line) {
        return line >= 1 && line <= boxIdByLine.size() ? boxIdByLine.get(line - 1) : null;
    }

    public int lineCount() {
        return boxIdByLine.size();
    }
}
