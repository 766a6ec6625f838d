package dev.faustwire.gen.translate;

import dev.faustwire.core.json.Numbers;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;

/** The inlets and outlets of an imported sub-patcher: the highest {@code in N} and {@code out N} inside. */
final class Ports {
    private Ports() {
    }

    static int highest(Patch patch, String kind) {
        int highest = 0;
        for (Box box : patch.boxes().values()) {
            String text = box.text();
            if (text.startsWith(kind + " ")) {
                String n = text.substring(kind.length() + 1);
                if (Numbers.isIntText(n)) {
                    highest = Math.max(highest, Integer.parseInt(n));
                }
            }
        }
        return highest;
    }
}
