package dev.faustwire.core.subpatch;

import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * The trail above the canvas: the documents a person came through by opening {@code p ./file}
 * boxes, then the open document's name, then one crumb per sub-patcher level ({@code p reverb}),
 * the last being where they are. A crumb opens a level of the open document ({@code path}), or a
 * document they came from ({@code document} >= 0, the index in the trail of documents).
 */
public final class Breadcrumbs {
    private Breadcrumbs() {
    }

    /** One step of the trail: its label, and what a click on it opens. */
    public record Crumb(String label, List<String> path, int document, boolean current) {
        public Crumb {
            path = List.copyOf(path);
        }
    }

    /**
     * The crumbs for the level {@code level} of {@code top} (named {@code name}), after the documents
     * {@code parents} (their names, outermost first) left by opening file sub-patchers.
     */
    public static List<Crumb> of(List<String> parents, String name, Patch top, List<String> level) {
        List<Crumb> crumbs = new ArrayList<>();
        for (int i = 0; i < parents.size(); i++) {
            crumbs.add(new Crumb(parents.get(i), List.of(), i, false));
        }
        crumbs.add(new Crumb(name, List.of(), -1, level.isEmpty()));
        Patch at = top;
        List<String> path = new ArrayList<>();
        for (int i = 0; i < level.size() && at != null; i++) {
            Box box = at.box(level.get(i));
            if (box == null) {
                break;
            }
            path.add(box.id());
            crumbs.add(new Crumb(label(box), path, -1, i == level.size() - 1));
            at = box.subpatch();
        }
        return crumbs;
    }

    /** A sub-patcher's crumb: its text ({@code p reverb}), cut to 40 characters. */
    static String label(Box box) {
        String text = box.text().trim();
        return text.length() > 40 ? text.substring(0, 39) + "…" : text;
    }

    /** The level above {@code level}, or null at the top. */
    public static List<String> parent(List<String> level) {
        return level.isEmpty() ? null : List.copyOf(level.subList(0, level.size() - 1));
    }
}
