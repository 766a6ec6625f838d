package dev.faustwire.core.view;

import dev.faustwire.core.model.Box;

/** How many inlets and outlets a box has; code generation knows, the editor asks. */
@FunctionalInterface
public interface PortCounts {

    /** Inlets and outlets of a box; {@code known} is false when its text means nothing yet. */
    record Ports(int inlets, int outlets, boolean known) {
        public static final Ports UNKNOWN = new Ports(0, 0, false);
    }

    Ports of(Box box);
}
