package dev.faustwire.core.present;

import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Rect;
import java.util.TreeMap;

/**
 * What the presentation view of one level shows (Max's presentation mode): only the UI boxes and
 * comments flagged for it, each at its presentation rectangle (its patching place when it has
 * none), and no lines. Box ids are those of the level, so a selection or a control maps back.
 */
public final class PresentationView {
    private PresentationView() {
    }

    public static Patch of(Patch level) {
        TreeMap<String, Box> shown = new TreeMap<>();
        for (Box box : level.boxes().values()) {
            if (Presentation.isIn(box) && Presentation.canShow(box)) {
                Rect place = Presentation.rect(box);
                shown.put(box.id(), place == null ? box : box.withRect(place));
            }
        }
        return new Patch(shown, new TreeMap<String, Line>(), level.props(), level.extra());
    }
}
