package dev.faustwire.codegen.read;

import dev.faustwire.codegen.Resources;
import dev.faustwire.codegen.check.Level;
import dev.faustwire.codegen.resolve.ExpansionBudget;
import dev.faustwire.codegen.resolve.ResolveReferences;
import dev.faustwire.codegen.resolve.Resolved;
import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.io.PatchValidator;
import dev.faustwire.core.io.ReadResult;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.text.BoxText;
import dev.faustwire.core.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Boxes that hold structure: sub-patchers ({@code p}, {@code patcher}), {@code code} boxes,
 * iterations ({@code par|seq|sum|prod N}), {@code send}/{@code receive} and {@code effect}.
 */
final class StructureBoxes {
    private static final List<String> NAMES = List.of("p", "patcher", "ondemand", "code", "par", "seq", "sum", "prod", "send",
            "s", "receive", "r", "effect");
    /** The most copies an iteration may make; Faust's own compile time grows fast beyond. */
    private static final int MAX_COUNT = 1024;

    private final BoxReader reader;
    private final Context context;

    StructureBoxes(BoxReader reader, Context context) {
        this.reader = reader;
        this.context = context;
    }

    /** True for the names this class reads (a null {@link #analyze} then means a reported problem). */
    boolean claims(String name) {
        return NAMES.contains(name);
    }

    BoxSpec analyze(Box box, BoxText text) {
        return switch (text.name()) {
            case "p", "patcher", "ondemand" -> subpatch(box, text);
            case "code" -> code(box, text);
            case "par", "seq", "sum", "prod" -> iteration(box, text);
            case "send", "s" -> channel(box, text, BoxSpec.Role.SEND);
            case "receive", "r" -> channel(box, text, BoxSpec.Role.RECEIVE);
            case "effect" -> effect(box, text);
            default -> null;
        };
    }

    // --- sub-patchers

    /**
     * {@code p ./x.dsppat} reads the file the resolve pass found from this patch's folder and its
     * parents, falling back on the copy embedded in the box; {@code p name} is the embedded patch alone.
     */
    private BoxSpec subpatch(Box box, BoxText text) {
        if (context.budget.crossed()) {
            // Past the crossing, which is reported; the resolve pass stopped there too, so look nothing up.
            return overBudget(box);
        }
        if (context.depth() >= Context.MAX_DEPTH) {
            return reader.fail(Code.SUBPATCH_INCLUDES_ITSELF, box, "sub-patchers nest more than " + Context.MAX_DEPTH
                    + " deep here; does a patch contain itself?");
        }
        String reference = text.args().isEmpty() ? null : text.args().get(0).text();
        boolean isFile = dev.faustwire.core.subpatch.SubpatchBoxes.isFileReference(reference);
        Patch child = null;
        String childFile = null;
        if (isFile) {
            Resolved.PatchLookup lookup = context.resolved.lookup(box.id());
            Resources.PatchFile found = lookup == null ? null : lookup.found();
            if (found != null) {
                if (context.files.contains(found.key()) || found.key().equals(context.file)) {
                    return reader.fail(Code.SUBPATCH_INCLUDES_ITSELF, box, "\"" + reference
                            + "\" contains this very patch, so it would never end");
                }
                ReadResult read = lookup.read();
                if (read.patch() == null) {
                    String why = read.diagnostics().isEmpty() ? "" : ": " + read.diagnostics().get(0).message();
                    return reader.fail(Code.SUBPATCH_NOT_FOUND, box, "\"" + reference + "\" is not a patch" + why);
                }
                child = read.patch();
                childFile = found.key();
            }
        }
        if (child == null) {
            child = box.subpatch();
        }
        if (child == null && isFile) {
            return reader.fail(Code.SUBPATCH_NOT_FOUND, box, "no file \"" + reference + "\" next to this patch or"
                    + " in the folders above it, and the box holds no copy of it");
        }
        if (child == null) {
            child = Patch.EMPTY;
        }
        ExpansionBudget budget = context.budget;
        boolean clocked = text.name().equals(dev.faustwire.core.subpatch.SubpatchBoxes.ONDEMAND);
        if (clocked || context.onDemand()) {
            // Content that runs on ticks is lowered with its clock: a level of its own, never a shared function.
            if (childFile != null) {
                validate(box, reference, child);
            }
            if (!budget.charge(child)) {
                return overBudget(box);
            }
            Level level = context.analysis.analyze(child, context.inside(box.id(), childFile, clocked));
            return clocked ? onDemand(level) : subpatch(level, null);
        }
        FileLevels.Entry kept = childFile == null ? null : context.fileLevels.find(childFile, context.depth());
        if (kept != null) {
            // A later use of a file: its whole expansion is charged again at once, as Faust expands it again.
            if (!budget.charge(kept.boxes(), kept.text())) {
                return overBudget(box);
            }
            if (kept.shareable()) {
                return subpatch(kept.level(), childFile);
            }
            // A copy of its own (its unlabelled controls get their own names), already charged.
            budget.suspend();
            Level copy = context.analysis.analyze(child, context.inside(box.id(), childFile));
            budget.resume();
            return subpatch(copy, null);
        }
        if (childFile != null) {
            validate(box, reference, child);
        }
        long boxesBefore = budget.boxes();
        long textBefore = budget.text();
        if (!budget.charge(child)) {
            return overBudget(box);
        }
        int unlabelledBefore = context.unlabelledCount();
        Level level = context.analysis.analyze(child, context.inside(box.id(), childFile));
        boolean shareable = context.unlabelledCount() == unlabelledBefore;
        if (childFile != null && !budget.crossed()) {
            context.fileLevels.keep(childFile, new FileLevels.Entry(level, context.depth(),
                    budget.boxes() - boxesBefore, budget.text() - textBefore, shareable));
        }
        return subpatch(level, childFile != null && shareable ? childFile : null);
    }

    /** The problems of a file's document, on its boxes below the sub-patcher box, once per file. */
    private void validate(Box box, String reference, Patch child) {
        for (Diagnostic d : PatchValidator.validate(child)) {
            String inside = box.id() + "/";
            context.diagnostics.add(new Diagnostic(d.severity(), d.code(),
                    context.id(d.boxId() == null ? box.id() : inside + d.boxId()),
                    d.lineId() == null ? null : context.id(inside + d.lineId()), d.port(),
                    reference + ": " + d.message()));
        }
    }

    /** {@code sharedFile}: the file key when every use of the file may call one function, else null. */
    private static BoxSpec subpatch(Level level, String sharedFile) {
        return BoxSpec.structure(BoxSpec.Role.SUBPATCH, "Patcher", level.channels().inputCount(),
                level.channels().outputCount(), new BoxSpec.SubPatch(level, sharedFile));
    }

    /** {@code ondemand}: inlet 0 is the clock, then the content's inputs; the outlets are the content's outputs. */
    private static BoxSpec onDemand(Level level) {
        return BoxSpec.structure(BoxSpec.Role.SUBPATCH, "Ondemand", level.channels().inputCount() + 1,
                level.channels().outputCount(), new BoxSpec.SubPatch(level, null, true));
    }

    /** E028 on the first sub-patcher box that crosses the budget; later ones are left unread, unreported. */
    private BoxSpec overBudget(Box box) {
        return context.budget.firstReport() ? reader.fail(Code.EXPANSION_TOO_LARGE, box, context.budget.problem()) : null;
    }

    // --- code boxes

    /** Faust text in {@code data.value}; arity from {@code @ins}/{@code @outs}, the stored probe, or the resolve pass's probe. */
    private BoxSpec code(Box box, BoxText text) {
        JsonObject data = box.data() instanceof JsonObject object ? object : JsonObject.EMPTY;
        String faust = data.get("value") instanceof JsonString value ? value.value() : "";
        if (faust.trim().isEmpty()) {
            return reader.fail(Code.WRONG_ARGUMENT, box, "this code box holds no Faust text; write one that defines"
                    + " process, as in \"process = _ * 0.5;\"");
        }
        Integer ins = text.attribute("ins") == null ? ResolveReferences.storedPortCount(data, "inputs")
                : reader.attributeInt(box, text, "ins");
        Integer outs = text.attribute("outs") == null ? ResolveReferences.storedPortCount(data, "outputs")
                : reader.attributeInt(box, text, "outs");
        if ((text.attribute("ins") != null && ins == null) || (text.attribute("outs") != null && outs == null)) {
            return null;
        }
        if (ins == null || outs == null) {
            Resolved.Probe probe = context.resolved.probe(box.id());
            Resources.Arity arity = probe == null ? null : probe.arity();
            if (arity == null) {
                return reader.fail(Code.CODE_ARITY_UNKNOWN, box, "the inputs and outputs of this code box are not"
                        + " known yet; give them as @ins and @outs, or compile the patch on the server once");
            }
            if (arity.problem() != null) {
                return reader.fail(Code.COMPILE_ERROR, box, arity.problem());
            }
            ins = ins != null ? ins : arity.inputs();
            outs = outs != null ? outs : arity.outputs();
        }
        String state = context.onDemand() ? OnDemandRules.stateInCode(faust) : null;
        if (state != null) {
            return reader.fail(Code.ONDEMAND_NOT_GATED, box, "this code box is inside an ondemand box and its Faust text"
                    + " may keep state (" + state + "), which would advance every sample instead of on the clock's ticks;"
                    + " build that part from boxes (mem, @ N, loops) in a sub-patcher, or move the code box outside");
        }
        List<String> imports = new ArrayList<>();
        for (String prefix : context.stdlib.libraries().keySet()) {
            if (CodeText.calls(faust, prefix)) {
                imports.add(context.stdlib.importFor(prefix + "."));
            }
        }
        return BoxSpec.structure(BoxSpec.Role.CODE, "Code", ins, outs, new BoxSpec.CodeText(faust, imports));
    }

    // --- iterations

    /**
     * {@code par|seq|sum|prod N [@ins a] [@outs b]}: the body reads the iteration variable from the
     * box's last outlet (and its a inputs from the outlets before it) and returns b signals into
     * the box's first inlets. Bodies of par, sum and prod read nothing by default; seq chains its
     * body, which by default has one input and one output.
     */
    private BoxSpec iteration(Box box, BoxText text) {
        String operator = text.name();
        if (text.args().size() != 1 || !text.args().get(0).isNumber() || !FaustLiterals.isWhole(text.args().get(0).text())) {
            return reader.fail(Code.WRONG_ARGUMENT, box, "\"" + operator + "\" takes the number of copies, as in \""
                    + operator + " 4\"");
        }
        int count = BoxReader.nonNegative(text.args().get(0).text());
        if (count < 1 || count > MAX_COUNT) {
            return reader.fail(Code.WRONG_ARGUMENT, box, "\"" + operator + "\" makes from 1 to " + MAX_COUNT + " copies");
        }
        Integer outs = text.attribute("outs") == null ? Integer.valueOf(1) : reader.attributeInt(box, text, "outs");
        int defaultIns = operator.equals("seq") && outs != null ? outs : 0;
        Integer ins = text.attribute("ins") == null ? Integer.valueOf(defaultIns) : reader.attributeInt(box, text, "ins");
        if (ins == null || outs == null) {
            return null;
        }
        if (operator.equals("seq") && count > 1 && !ins.equals(outs)) {
            return reader.fail(Code.WRONG_ARGUMENT, box, "seq chains its body, so the body needs as many inputs as"
                    + " outputs; it has @ins " + ins + " and @outs " + outs);
        }
        if ((operator.equals("sum") || operator.equals("prod")) && outs != 1) {
            return reader.fail(Code.WRONG_ARGUMENT, box, operator + " combines one signal from each copy; its body"
                    + " has @outs 1");
        }
        boolean parallel = !operator.equals("seq");
        long inputs = parallel ? (long) count * ins : ins;
        long outputs = operator.equals("par") ? (long) count * outs : outs;
        if (inputs > BoxReader.MAX_PORTS || outputs > BoxReader.MAX_PORTS) {
            return reader.fail(Code.WRONG_ARGUMENT, box, "this iteration would have more than " + BoxReader.MAX_PORTS
                    + " inputs or outputs");
        }
        BoxSpec.Iteration detail = new BoxSpec.Iteration(operator, count, ins, outs, (int) inputs, (int) outputs);
        return BoxSpec.structure(BoxSpec.Role.ITERATION, Names.kind(operator), outs + (int) inputs,
                (int) outputs + ins + 1, detail);
    }

    // --- send, receive, effect

    private BoxSpec channel(Box box, BoxText text, BoxSpec.Role role) {
        if (text.args().size() != 1 || text.args().get(0).kind() == Token.Kind.PLACEHOLDER) {
            return reader.fail(Code.WRONG_ARGUMENT, box, "\"" + text.name() + "\" takes one name, as in \""
                    + text.name() + " bus\"");
        }
        String name = text.args().get(0).text();
        BoxSpec.Channel detail = new BoxSpec.Channel(name);
        if (role == BoxSpec.Role.SEND) {
            return BoxSpec.structure(role, "Send", 1, 0, detail);
        }
        return new BoxSpec(role, "Receive", 0, 1, 0, null, BoxSpec.Shape.WIRE, List.of(), 0, detail);
    }

    /**
     * {@code effect [@ins N] [@outs M]}: the polyphonic effect. Its N outlets (2 by default) carry
     * the mixed voices into the effect; its M inlets (2 by default) are the effect's outputs.
     */
    private BoxSpec effect(Box box, BoxText text) {
        if (!text.args().isEmpty()) {
            return reader.fail(Code.WRONG_ARGUMENT, box, "\"effect\" takes no arguments; give its channels as @ins"
                    + " and @outs");
        }
        Integer ins = text.attribute("ins") == null ? Integer.valueOf(2) : reader.attributeInt(box, text, "ins");
        Integer outs = text.attribute("outs") == null ? Integer.valueOf(2) : reader.attributeInt(box, text, "outs");
        if (ins == null || outs == null) {
            return null;
        }
        if (outs < 1) {
            return reader.fail(Code.WRONG_ARGUMENT, box, "an effect has at least one output (@outs 1)");
        }
        return BoxSpec.structure(BoxSpec.Role.EFFECT, "Effect", outs, ins, null);
    }
}
