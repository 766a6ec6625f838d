package dev.faustwire.server.diagram;

import java.util.List;
import java.util.Map;

/**
 * One program's block diagram, cleaned: its id (from the program's text), the stable names of its
 * files in the order of the walk from {@code process}, each file's SVG text, and the box each
 * definition name comes from, for a block's label to lead back to its box.
 */
public record Diagram(String id, List<String> names, Map<String, String> files, Map<String, String> boxes) {
    public Diagram {
        names = List.copyOf(names);
        files = Map.copyOf(files);
        boxes = Map.copyOf(boxes);
    }

    /** The top file's name, {@code process}. */
    public String root() {
        return DiagramNames.ROOT;
    }

    /** The cleaned SVG of a stable name, or null for any other name. */
    public String file(String name) {
        return files.get(name);
    }

    /** Bytes kept in memory, for the cache's bound. */
    long size() {
        long size = 0;
        for (String text : files.values()) {
            size += text.length();
        }
        return size;
    }
}
