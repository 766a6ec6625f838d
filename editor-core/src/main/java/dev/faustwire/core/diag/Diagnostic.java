package dev.faustwire.core.diag;

import java.util.List;

/**
 * One problem found in a patch: a stable code, the box (or line) at fault, the port when it
 * matters (-1 otherwise), and a message for people. Rendered to text only at the edge.
 */
public record Diagnostic(Severity severity, Code code, String boxId, String lineId, int port, String message) {

    public static Diagnostic atBox(Code code, String boxId, String message) {
        return new Diagnostic(code.severity(), code, boxId, null, -1, message);
    }

    public static Diagnostic atPort(Code code, String boxId, int port, String message) {
        return new Diagnostic(code.severity(), code, boxId, null, port, message);
    }

    public static Diagnostic atLine(Code code, String lineId, String message) {
        return new Diagnostic(code.severity(), code, null, lineId, -1, message);
    }

    public static Diagnostic atDocument(Code code, String message) {
        return new Diagnostic(code.severity(), code, null, null, -1, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** True when any diagnostic of the list is an error. */
    public static boolean anyError(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                return true;
            }
        }
        return false;
    }

    /** The id a person should look at: the box, else the line, else null for the whole document. */
    public String target() {
        return boxId != null ? boxId : lineId;
    }

    /** The CLI form: {@code file: box-7: error E012: message}. */
    public String render(String file) {
        String where = target() == null ? "" : target() + ": ";
        return file + ": " + where + severity.label() + " " + code.id() + ": " + message;
    }
}
