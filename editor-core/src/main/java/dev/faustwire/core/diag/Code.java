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
    ENCAPSULATE_PORTS("E032", Severity.ERROR, "the selection to encapsulate holds an in or out box of its level"),
    ENCAPSULATE_LOOP("E033", Severity.ERROR, "a feedback loop leaves the selection to encapsulate and comes back into it"),
    ENCAPSULATE_LINK("E034", Severity.ERROR, "encapsulating would cut a link that works only within one level (send/receive, an iteration's body, effect)"),
    DEENCAPSULATE_NOT_EMBEDDED("E035", Severity.ERROR, "only a sub-patcher box with embedded content can be de-encapsulated"),
    INSPECTOR_NOT_A_NUMBER("E036", Severity.ERROR, "a number field of the inspector holds something that is not a number; the box keeps its text"),
    INSPECTOR_RANGE_INVALID("E037", Severity.ERROR, "an inspector edit would put a control's minimum above its maximum or make its step 0 or less; the box keeps its text"),
    NOT_PRESENTABLE("E040", Severity.ERROR, "a box that cannot go into the presentation: only UI boxes and comments can"),
    ROUTE_LOOPS("E041", Severity.ERROR, "a rack route that would feed a slot's output back into its own input"),
    NOT_PLAYABLE("E042", Severity.ERROR, "a file dropped on the rack that is neither a patch nor Faust text"),
    SLOT_COMPILE_FAILED("E043", Severity.ERROR, "a rack slot's program did not compile; the slot keeps what it played"),
    ROUTE_NO_INPUTS("E044", Severity.ERROR, "a rack route into a slot whose DSP has no inputs, or from a slot that is not in the rack"),
    SNAPSHOT_NOT_READABLE("E045", Severity.ERROR, "a snapshot file is not JSON or not a Faustwire snapshot"),
    SNAPSHOT_NEWER_VERSION("E046", Severity.ERROR, "the snapshot was written by a newer snapshot format version"),
    SNAPSHOT_FIELD_INVALID("E047", Severity.ERROR, "a field of a snapshot is missing or holds a value that means nothing"),
    PRESET_NAME_INVALID("E048", Severity.ERROR, "a preset name is empty, taken by another preset of the slot, or names no preset"),
    SNAPSHOT_NAME_INVALID("E049", Severity.ERROR, "a snapshot name is empty, too long, or holds a character a file name cannot"),
    EXPORT_BUILD_FAILED("E050", Severity.ERROR, "an export's build failed: Faust with the host's architecture or the C++ compiler refused the program"),
    EXPORT_TIMED_OUT("E051", Severity.ERROR, "an export's build ran past its time limit"),
    EXPORT_PACKAGES_MISSING("E052", Severity.ERROR, "the host's SDK packages an export needs are not installed and could not be installed"),
    EXPORT_TARGET_UNKNOWN("E053", Severity.ERROR, "an export asked for a target that does not exist"),
    DIAGRAM_FAILED("E054", Severity.ERROR, "Faust could not draw the program's block diagram, or drew more than is served"),
    ONDEMAND_STATEFUL_LIBRARY("E055", Severity.ERROR, "a library box inside an ondemand box whose compiled code keeps state, which would advance every sample instead of on the clock's ticks"),
    ONDEMAND_NOT_GATED("E056", Severity.ERROR, "a box inside an ondemand box whose state the lowering cannot make advance on ticks: a delay of variable length, a code box with delays, a table written every sample"),
    IGNORED_FIELD("W001", Severity.WARNING, "a field of the file was not understood and is kept as it is"),
    RECEIVE_WITHOUT_SEND("W002", Severity.WARNING, "a receive has no send of the same name, so it reads silence"),
    EMBEDDED_PATCH_IGNORED("W003", Severity.WARNING, "a box that is not a sub-patcher carries an embedded patch, which is ignored"),
    ONDEMAND_CLOCK_UNCONNECTED("W004", Severity.WARNING, "an ondemand box whose clock inlet is not connected: the clock is 0, so its content never runs and its outlets stay 0"),
    GEN_NOT_READABLE("G001", Severity.ERROR, "the file is not a Gen patcher that can be read: not JSON, or no patcher object"),
    GEN_NO_PATCHER("G002", Severity.ERROR, "a .maxpat holds no gen~ object with an embedded patcher, so nothing is imported"),
    GEN_BOX_UNREADABLE("G003", Severity.ERROR, "a Gen box or line lacks what it needs (an id, a text, a source or destination) and is left out"),
    GEN_UNKNOWN_OPERATOR("G004", Severity.ERROR, "no Gen operator, abstraction or constant has this name; an empty sub-patcher of the same ports stands for it and outputs silence"),
    GEN_UNSUPPORTED_OPERATOR("G005", Severity.ERROR, "a Gen operator the importer does not translate (yet); an empty sub-patcher of the same ports stands for it and outputs silence; the message suggests a substitute"),
    GEN_ATTRIBUTE_IGNORED("G006", Severity.WARNING, "an attribute of a Gen box that the translation does not honour"),
    GEN_ARGUMENT_UNREAD("G007", Severity.ERROR, "an argument that is neither a number, a Gen constant nor an expression of them; the inlet keeps Gen's default"),
    GEN_APPROXIMATION("G008", Severity.WARNING, "an operator or argument translated approximately; the message says how"),
    GEN_CODE_NOT_TRANSLATED("G009", Severity.ERROR, "a codebox or expr box whose GenExpr is not translated; its outlets output silence"),
    GEN_ABSTRACTION_MISSING("G010", Severity.ERROR, "an abstraction (name or gen @file name) whose name.gendsp is neither beside the file nor in the workspace"),
    GEN_ABSTRACTION_CYCLE("G011", Severity.ERROR, "an abstraction that contains itself, directly or through others"),
    GEN_SETPARAM("G012", Severity.ERROR, "a setparam without a name, or connected to something other than a sub-patcher with a param of its name; its cord is left out"),
    GEN_MAX_OBJECTS_LEFT_OUT("G013", Severity.WARNING, "the Max objects around the gen~ of a .maxpat (sliders, dac~, buffers~) are not imported; only the gen~ patchers are"),
    GEN_SEVERAL_PATCHERS("G014", Severity.WARNING, "a .maxpat holds several gen~: each became a sub-patcher of the imported patch, their inputs and outputs numbered one after another"),
    GEN_PORT_MISMATCH("G015", Severity.WARNING, "the file says a box has other inlet or outlet counts than the importer reads from its text"),
    GEN_LINE_DROPPED("G016", Severity.ERROR, "a line to a box or port that does not exist in the imported patch is left out"),
    GEN_NAMED_HISTORY("G017", Severity.WARNING, "a setparam sets a named history of a sub-patcher, which the import does not translate; the history keeps its own input"),
    GEN_PARAM_RANGE("G018", Severity.WARNING, "a param without @min/@max is unbounded in Gen; the imported slider gets a range around its default"),
    GEN_SIZE_EVALUATED("G019", Severity.WARNING, "a size or compile-time attribute written with samplerate is evaluated at 192000 Hz, the largest rate Faust assumes"),
    GEN_EXTERNAL_BUFFER("G020", Severity.ERROR, "a buffer names a Max buffer~ (an audio file) that the import cannot read; it reads silence"),
    GEN_NOT_A_GEN_BOX("G021", Severity.WARNING, "a box of a kind gen~ does not compute (message, UI object) is kept as a comment"),
    GEN_TABLE_ARGUMENT("G022", Severity.ERROR, "a data box without a name, or with a size or channel count that is not a positive whole number; its table and the boxes naming it read silence"),
    GEN_TABLE_UNKNOWN("G023", Severity.ERROR, "a table box (poke, peek, sample, nearest, lookup, wave, dim, channels) names no data of its patcher level; it reads silence"),
    GEN_TABLE_SHARED_WITH_CODE("G024", Severity.ERROR, "a table named by a codebox and by patcher boxes is not translated yet; the patcher boxes naming it read silence"),
    GEN_TABLE_APPROXIMATE("G025", Severity.WARNING, "a table attribute or inlet the import does not translate exactly (overdub in a loop through the table, @overdubmode mix, @channelmode wrap, a wave attribute); the message says what is used instead"),
    GEN_TABLE_DUPLICATE("G026", Severity.ERROR, "two data boxes of the same name in one patcher level; the later one is left out"),
    GEN_AUDIO_TOO_LARGE("G030", Severity.ERROR, "the audio file a buffer names holds more samples than an imported table takes (50000, frames times channels, all files of an import together); a one-sample table of 0 stands for it"),
    GEN_AUDIO_UNREADABLE("G031", Severity.ERROR, "the file a buffer names is not a WAV or AIFF file, or is truncated or contradicts itself; a one-sample table of 0 stands for it"),
    GEN_AUDIO_UNSUPPORTED("G032", Severity.ERROR, "the audio file a buffer names is encoded in a way the import does not decode (compressed, RF64); a one-sample table of 0 stands for it"),
    GEN_AUDIO_NOT_FINITE("G033", Severity.WARNING, "an audio file a buffer reads holds samples that are not finite; NaN is read as 0, infinities as the largest float"),
    GEN_HISTORY_MIDI_OUT("G035", Severity.WARNING, "a history named midi_..._out, which oopsy sends as MIDI; the imported patch has no MIDI output"),
    GEN_SETPARAM_CLAMPED("G036", Severity.WARNING, "a param set by a setparam is clamped to its @min/@max, as Gen clamps a param set from outside (not compared with Max)"),
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
    GENEXPR_PARAM_RANGE("G056", Severity.WARNING, "a GenExpr Param without min or max, unbounded in Gen, gets a slider range"),
    GENEXPR_DATA_SIZE("G057", Severity.ERROR, "a GenExpr Data whose size or channel count is not a positive number known when the code is generated"),
    GENEXPR_TABLE_UNKNOWN("G058", Severity.ERROR, "a GenExpr table operator on a name that is not a Data of the code nor a data box it owns"),
    GENEXPR_TABLE_ATTRIBUTE("G059", Severity.ERROR, "a GenExpr table operator's argument or attribute that is not translated"),
    GENEXPR_POKES_LIMIT("G060", Severity.ERROR, "more pokes of one GenExpr Data in one sample than are translated"),
    GENEXPR_SPLAT("G061", Severity.ERROR, "GenExpr splat is not translated"),
    GENEXPR_DATA_SHARED("G062", Severity.ERROR, "a patcher data box that a codebox reads but does not own alone"),
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
