package dev.faustwire.core.outline;

import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;

/** Small patches built in code: boxes at positions, lines between ports. */
final class Patches {
    private Patch patch = Patch.EMPTY;
    private int lines;

    Patches box(String id, String text, double x, double y) {
        patch = patch.withBox(id, new Box(id, text, new Rect(x, y, 40, 22)));
        return this;
    }

    Patches line(String from, int outlet, String to, int inlet) {
        String id = "line-" + (++lines);
        patch = patch.withLine(id, new Line(id, new Port(from, outlet), new Port(to, inlet)));
        return this;
    }

    Patch patch() {
        return patch;
    }
}
