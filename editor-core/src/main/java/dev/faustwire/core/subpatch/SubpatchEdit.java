package dev.faustwire.core.subpatch;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.edit.Command;

/**
 * What Encapsulate or De-encapsulate makes of a level: the one command to apply (null when there is
 * nothing to do or it was refused), the boxes to select afterwards, and the refusal, if any.
 */
public record SubpatchEdit(Command command, java.util.List<String> select, Diagnostic refusal) {
    public static final SubpatchEdit NOTHING = new SubpatchEdit(null, java.util.List.of(), null);

    public SubpatchEdit {
        select = java.util.List.copyOf(select);
    }

    static SubpatchEdit refused(Diagnostic refusal) {
        return new SubpatchEdit(null, java.util.List.of(), refusal);
    }
}
