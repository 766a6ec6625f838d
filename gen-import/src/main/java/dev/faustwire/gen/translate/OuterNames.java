package dev.faustwire.gen.translate;

import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Rect;
import java.util.Map;
import java.util.TreeMap;

/**
 * The params and named histories of enclosing levels that a sub-patcher reads by name: each is an
 * {@code in N} box of the sub-patcher, carrying the name as its comment, fed by the parent.
 */
final class OuterNames {
    private OuterNames() {
    }

    /**
     * Adds an {@code in N} box for each outer name (along the top left, where the patcher has room
     * above its boxes) and makes the name resolve to it; returns the next free box number.
     */
    static int inlets(Map<String, Integer> outer, Map<String, String> named, TreeMap<String, Box> boxes, int nextBox) {
        int k = 0;
        for (Map.Entry<String, Integer> entry : outer.entrySet()) {
            if (named.containsKey(entry.getKey())) {
                continue;
            }
            String id = "box-" + nextBox++;
            Rect rect = new Rect(15 + 110 * k, 5, 100, 22);
            k++;
            boxes.put(id, new Box(id, "in " + entry.getValue(), rect, null, null, entry.getKey(),
                    dev.faustwire.core.json.JsonValue.JsonObject.EMPTY));
            named.put(entry.getKey(), id);
        }
        return nextBox;
    }
}
