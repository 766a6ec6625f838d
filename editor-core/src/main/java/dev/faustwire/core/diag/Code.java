package dev.faustwire.core.diag;

/**
 * Every diagnostic code of the project, stable forever once published; {@code docs/diagnostics.md}
 * describes each one and a test checks that codes are unique and documented.
 */
public enum Code {
    MALFORMED_JSON("E001", Severity.ERROR, "malformed JSON"),
    NOT_A_PATCH("E002", Severity.ERROR, "the document is not a patch"),
    DUPLICATE_ID("E003", Severity.ERROR, "two boxes or two lines share an id"),
    BOX_WITHOUT_TEXT("E004", Severity.ERROR, "a box has no text"),
    LINE_TO_MISSING_BOX("E005", Severity.ERROR, "a line starts or ends at a box that does not exist"),
    PORT_OUT_OF_RANGE("E006", Severity.ERROR, "a line uses an inlet or outlet the box does not have"),
    MALFORMED_LINE("E007", Severity.ERROR, "a line lacks a valid src or dest"),
    MALFORMED_BOX_TEXT("E008", Severity.ERROR, "box text cannot be read (an unclosed quote)"),
    UNSUPPORTED_VERSION("E009", Severity.ERROR, "the patch was written by a newer format version"),
    UNKNOWN_BOX("E010", Severity.ERROR, "no primitive, library function or box kind has this name"),
    WRONG_ARGUMENT("E011", Severity.ERROR, "a box argument has the wrong kind or value"),
    DUPLICATE_OUTPUT("E012", Severity.ERROR, "two out boxes name the same channel"),
    LOOP_WITHOUT_DELAY("E013", Severity.ERROR, "a feedback loop passes through no delay"),
    UNSUPPORTED_BOX("E014", Severity.ERROR, "this box kind is not generated yet"),
    NO_OUTPUT("E015", Severity.ERROR, "the patch has no out box, and Faust needs at least one output"),
    COMPILE_ERROR("E016", Severity.ERROR, "the Faust compiler rejected the program"),
    COMPILE_TIMEOUT("E017", Severity.ERROR, "the Faust compiler did not finish within its time limit"),
    COMPILE_OUT_OF_MEMORY("E018", Severity.ERROR, "the Faust compiler ran out of its memory limit"),
    COMPILER_CRASHED("E019", Severity.ERROR, "the Faust compiler crashed"),
    IGNORED_FIELD("W001", Severity.WARNING, "a field of the file was not understood and is kept as it is");

    private final String id;
    private final Severity severity;
    private final String summary;

    Code(String id, Severity severity, String summary) {
        this.id = id;
        this.severity = severity;
        this.summary = summary;
    }

    /** The stable code, such as {@code E012}. */
    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public String summary() {
        return summary;
    }
}
