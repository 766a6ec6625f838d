package dev.faustwire.session.code;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Links the program's lines and the boxes, through the source map's line owners
 * ({@code lineOwners.get(n - 1)}: the path of the box line n comes from, {@code box-9/box-2} for
 * box-2 inside sub-patcher box-9, null for a line of no box).
 */
public final class CodeLinks {
    private CodeLinks() {
    }

    /**
     * The lines (1-based, ascending) the boxes became: the lines each path owns and, for a
     * sub-patcher box, the lines of every box inside it, however deep.
     */
    public static List<Integer> linesOf(List<String> lineOwners, Set<String> boxPaths) {
        List<Integer> lines = new ArrayList<>();
        if (boxPaths.isEmpty()) {
            return lines;
        }
        for (int index = 0; index < lineOwners.size(); index++) {
            String owner = lineOwners.get(index);
            if (owner != null && ownedBy(owner, boxPaths)) {
                lines.add(index + 1);
            }
        }
        return lines;
    }

    /** The path of the box a line (1-based) comes from, or null when it comes from none or is not in the program. */
    public static String ownerAt(List<String> lineOwners, int line) {
        return line >= 1 && line <= lineOwners.size() ? lineOwners.get(line - 1) : null;
    }

    /**
     * The paths of boxes of the open level ({@code levelPath}: the sub-patcher boxes from the top,
     * empty at the top), as the source map names them.
     */
    public static Set<String> pathsOf(List<String> levelPath, Collection<String> boxIds) {
        Set<String> paths = new TreeSet<>();
        for (String id : boxIds) {
            paths.add(dev.faustwire.core.edit.Levels.pathOf(levelPath, id));
        }
        return paths;
    }

    private static boolean ownedBy(String owner, Set<String> boxPaths) {
        if (boxPaths.contains(owner)) {
            return true;
        }
        for (String path : boxPaths) {
            if (owner.length() > path.length() && owner.startsWith(path) && owner.charAt(path.length()) == '/') {
                return true;
            }
        }
        return false;
    }
}
