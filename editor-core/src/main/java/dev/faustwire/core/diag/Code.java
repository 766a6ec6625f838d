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
    SUBPATCH_NOT_FOUND("E020", Severity.ERROR, "a sub-patcher names a file that is not there and has no embedded copy"),
    SUBPATCH_INCLUDES_ITSELF("E021", Severity.ERROR, "a sub-patcher contains itself, or nests too deep"),
    CODE_ARITY_UNKNOWN("E022", Severity.ERROR, "the inputs and outputs of a code box are not known"),
    ITERATION_ESCAPE("E023", Severity.ERROR, "a box reads an iteration's variable or body inputs, but its result leaves the body"),
    LOOP_ACROSS_BODY("E024", Severity.ERROR, "a feedback loop crosses the boundary of an iteration's body"),
    EFFECT_MISPLACED("E025", Severity.ERROR, "an effect box inside a sub-patcher, or more than one"),
    EFFECT_LEAK("E026", Severity.ERROR, "a box mixes the voice and the effect"),
    DELAY_LENGTH_UNBOUNDED("E027", Severity.ERROR, "a delay's length comes straight from an input, which may be negative"),
    EXPANSION_TOO_LARGE("E028", Severity.ERROR, "the sub-patchers expand to more boxes or text than one program may hold"),
    TEXT_NOT_UTF8("E029", Severity.ERROR, "a box's text, label or Faust text holds a lone surrogate, which UTF-8 cannot write"),
    DELAY_TOO_LONG("E030", Severity.ERROR, "a delay's constant length needs more memory than Faust can address"),
    DSP_TOO_LARGE("E031", Severity.ERROR, "the compiled DSP needs more memory than a render or a browser can give it"),
    IGNORED_FIELD("W001", Severity.WARNING, "a field of the file was not understood and is kept as it is"),
    RECEIVE_WITHOUT_SEND("W002", Severity.WARNING, "a receive has no send of the same name, so it reads silence"),
    EMBEDDED_PATCH_IGNORED("W003", Severity.WARNING, "a box that is not a sub-patcher carries an embedded patch, which is ignored"),
    // helper F (Gen import from the editor and the server): G070-G079
    GEN_FILE_NOT_READ("G070", Severity.ERROR, "a file the Gen import needs is in the workspace but is not read"),
    GEN_FILE_FOUND_TWICE("G071", Severity.WARNING, "a file the Gen import needs is in the workspace more than once"),
    GEN_IMPORT_STOPPED("G072", Severity.ERROR, "the Gen importer stopped on a file, so nothing of it is imported");

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
