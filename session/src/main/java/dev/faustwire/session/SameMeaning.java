package dev.faustwire.session;

import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import java.util.Iterator;

/**
 * Whether two patches mean the same program: the same lines and the same boxes but for where
 * they are drawn. A move changes only places, so it does not regenerate the program.
 */
final class SameMeaning {
    private SameMeaning() {
    }

    static boolean of(Patch a, Patch b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.boxes().size() != b.boxes().size() || !a.lines().equals(b.lines())
                || !a.props().equals(b.props())) {
            return false;
        }
        Iterator<Box> others = b.boxes().values().iterator();
        for (Box box : a.boxes().values()) {
            Box other = others.next();
            if (box != other && !sameButPlace(box, other)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameButPlace(Box a, Box b) {
        return a.id().equals(b.id()) && a.text().equals(b.text()) && java.util.Objects.equals(a.data(), b.data())
                && java.util.Objects.equals(a.comment(), b.comment()) && a.extra().equals(b.extra())
                && (a.subpatch() == b.subpatch() || of(a.subpatch(), b.subpatch()));
    }
}
