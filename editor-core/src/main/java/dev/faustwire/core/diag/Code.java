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
    GENEXPR_SYNTAX("G040", Severity.ERROR, "GenExpr code that cannot be read"),
    GENEXPR_UNKNOWN_NAME("G041", Severity.ERROR, "GenExpr reads a name that is neither a variable, an input nor a constant"),
    GENEXPR_UNKNOWN_FUNCTION("G042", Severity.ERROR, "GenExpr calls a function that is neither defined, required nor a Gen operator"),
    GENEXPR_REQUIRE_MISSING("G043", Severity.ERROR, "a GenExpr require names a .genexpr file that is not there"),
    GENEXPR_LOOP_NOT_STATIC("G044", Severity.ERROR, "a GenExpr loop whose bounds are not known when the code is generated"),
    GENEXPR_LOOP_TOO_LONG("G045", Severity.ERROR, "a GenExpr loop runs more iterations than are unrolled"),
    GENEXPR_DATA("G046", Severity.ERROR, "GenExpr Data, Buffer and the table operators on them are not translated"),
    GENEXPR_JUMP_NOT_STATIC("G047", Severity.ERROR, "a GenExpr loop that ends only by a break under a condition known only while running"),
    GENEXPR_STATE_IN_BRANCH("G048", Severity.WARNING, "a stateful operator inside a GenExpr branch runs every sample"),
    GENEXPR_ATTRIBUTE("G049", Severity.WARNING, "a GenExpr named argument that is not translated exactly"),
    GENEXPR_ARGUMENTS("G050", Severity.ERROR, "a GenExpr call with the wrong arguments"),
    GENEXPR_RECURSION("G051", Severity.ERROR, "a GenExpr function that calls itself"),
    GENEXPR_DELAY_WRITE("G052", Severity.WARNING, "a GenExpr Delay written under a run-time condition or more than once"),
    GENEXPR_NOT_ASSIGNABLE("G053", Severity.ERROR, "a GenExpr assignment to an input, a constant or a Param"),
    GENEXPR_UNSUPPORTED("G054", Severity.ERROR, "a GenExpr construct that is not translated"),
    GENEXPR_STATE_IN_LOOP("G055", Severity.WARNING, "a stateful operator called more than once per sample by a GenExpr loop"),
    GENEXPR_PARAM_RANGE("G056", Severity.WARNING, "a GenExpr Param without min or max, unbounded in Gen, gets a slider range");

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
