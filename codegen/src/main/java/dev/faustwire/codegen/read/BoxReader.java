package dev.faustwire.codegen.read;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.text.BoxText;
import dev.faustwire.core.text.BoxTextException;
import dev.faustwire.core.text.BoxTextParser;
import dev.faustwire.core.text.ControlLabels;
import dev.faustwire.core.text.Token;
import dev.faustwire.stdlib.LibraryFunction;
import dev.faustwire.stdlib.Search;
import dev.faustwire.stdlib.StdlibIndex;
import java.util.ArrayList;
import java.util.List;

/** Reads a box text into a {@link BoxSpec}, or reports why it cannot. */
public final class BoxReader {
    /** The library whose calls are written with their signals routed in (BoxSpec.Shape.ROUTED). */
    private static final String GEN_LIBRARY = "gen.lib";
    /** The most channels, inlets or outlets a box may name. */
    public static final int MAX_PORTS = 4096;

    private final StdlibIndex stdlib;
    private final Context context;
    private final ControlBoxes controls;
    private final StructureBoxes structures;
    private final JSPatcherBoxes jspatcher;

    public BoxReader(Context context, Patch patch) {
        this.stdlib = context.stdlib;
        this.context = context;
        this.controls = new ControlBoxes(this, patch, context.unlabelled);
        this.structures = new StructureBoxes(this, context);
        this.jspatcher = new JSPatcherBoxes(this, controls);
    }

    /** The meaning of a box, or null after reporting a diagnostic. */
    public BoxSpec read(Box box) {
        BoxText text;
        try {
            text = BoxTextParser.parse(box.text());
        } catch (BoxTextException e) {
            return fail(Code.MALFORMED_BOX_TEXT, box, e.getMessage());
        }
        String name = text.name();
        if (name.isEmpty()) {
            return null;
        }
        if (name.equals("comment")) {
            return BoxSpec.comment();
        }
        String unwritable = unwritable(box, name);
        if (unwritable != null) {
            return fail(Code.TEXT_NOT_UTF8, box, "the " + unwritable + " of this box holds half of a character (a lone"
                    + " UTF-16 surrogate, as when an emoji is cut in two), which cannot be written for the compiler;"
                    + " retype it");
        }
        if (name.equals("in") || name.equals("out")) {
            return io(box, text);
        }
        if (Token.of(name).isNumber() && text.args().isEmpty()) {
            return BoxSpec.constant(FaustLiterals.number(name));
        }
        if (name.equals("c")) {
            return constant(box, text);
        }
        if (ClockBoxes.claims(name)) {
            return ClockBoxes.read(this, context, box, text);
        }
        Primitive primitive = Primitive.named(name);
        if (primitive != null) {
            return primitive(box, text, primitive);
        }
        if (JSPatcherBoxes.claims(name)) {
            return jspatcher.analyze(box, text);
        }
        BoxSpec structure = structures.analyze(box, text);
        if (structure != null || structures.claims(name)) {
            return structure;
        }
        if (ControlLabels.isControl(name) || name.equals("attach")) {
            return controls.analyze(box, text);
        }
        if (box.subpatch() != null) {
            context.error(Code.EMBEDDED_PATCH_IGNORED, box.id(), "this box carries an embedded patch, but its text \""
                    + box.text() + "\" is not a sub-patcher (p), so the embedded patch is ignored");
        }
        if (FaustLiterals.isQualifiedIdentifier(name)) {
            return library(box, text);
        }
        return fail(Code.UNKNOWN_BOX, box, "no primitive or library function is called \"" + name + "\"");
    }

    /**
     * Which of the texts of a box that reach the program cannot be written as UTF-8: its text, its
     * stored control label, or a code box's Faust text; null when all can.
     */
    private static String unwritable(Box box, String name) {
        if (Utf16.hasLoneSurrogate(box.text())) {
            return "text";
        }
        if (Utf16.hasLoneSurrogate(ControlLabels.storedLabel(box))) {
            return "label";
        }
        if (name.equals("code") && box.data() instanceof JsonObject data && data.get("value") instanceof JsonString value
                && Utf16.hasLoneSurrogate(value.value())) {
            return "Faust text";
        }
        return null;
    }

    private BoxSpec io(Box box, BoxText text) {
        if (text.args().size() != 1 || !text.args().get(0).isNumber() || !FaustLiterals.isWhole(text.args().get(0).text())) {
            return fail(Code.WRONG_ARGUMENT, box, "\"" + text.name() + "\" takes one channel number, as in \"" + text.name() + " 1\"");
        }
        int channel = nonNegative(text.args().get(0).text());
        if (channel < 1 || channel > MAX_PORTS) {
            return fail(Code.WRONG_ARGUMENT, box, "channel numbers start at 1 and stop at " + MAX_PORTS);
        }
        return text.name().equals("in") ? BoxSpec.input(channel) : BoxSpec.output(channel);
    }

    /** {@code c 440}, and JSPatcher's {@code const 440}. */
    BoxSpec constant(Box box, BoxText text) {
        if (text.args().size() != 1) {
            return fail(Code.WRONG_ARGUMENT, box, "\"" + text.name() + "\" takes one value, as in \"" + text.name()
                    + " 440\"");
        }
        String value = argument(box, text.args().get(0));
        return value == null ? null : BoxSpec.constant(value);
    }

    private BoxSpec primitive(Box box, BoxText text, Primitive primitive) {
        int arity = primitive.inputs();
        List<Token> args = text.args();
        if (args.size() > arity) {
            return fail(Code.WRONG_ARGUMENT, box, "\"" + primitive.boxName() + "\" takes at most " + arity + " arguments");
        }
        List<String> slots = slots(box, args, arity, primitive.fillsFromRight());
        if (slots == null) {
            return null;
        }
        int delay = 0;
        if (primitive.form() == Primitive.Form.ONE_SAMPLE_DELAY) {
            delay = 1;
        } else if (primitive.boxName().equals("@") && args.size() == 1 && args.get(0).isNumber()
                && FaustLiterals.isWhole(args.get(0).text())) {
            delay = Math.max(0, nonNegative(args.get(0).text()));
        } else if (primitive.boxName().equals("@") && context.onDemand()) {
            return fail(Code.ONDEMAND_NOT_GATED, box, "inside an ondemand box a delay must have a constant length, as in"
                    + " \"@ 4\" (4 ticks); a length that is a signal cannot be made to count ticks");
        }
        BoxSpec.Shape shape = primitive.form() == Primitive.Form.INFIX ? BoxSpec.Shape.INFIX : BoxSpec.Shape.CALL;
        return BoxSpec.operation(primitive.kindName(), primitive.faust(), shape, slots, primitive.outputs(), delay);
    }

    /** The value of a whole-number token from 0 to 999,999,999, else -1. */
    public static int nonNegative(String token) {
        String digits = token.startsWith("+") ? token.substring(1) : token;
        if (digits.startsWith("-") || digits.length() > 9) {
            return -1;
        }
        return Integer.parseInt(digits);
    }

    /**
     * A library function: by qualified name or by its name after the prefix when that is unique
     * ({@code lowpass} is {@code fi.lowpass}). Its arity comes from the stdlib index unless
     * {@code @ins} and {@code @outs} give it; they also admit functions the index does not know.
     */
    private BoxSpec library(Box box, BoxText text) {
        Integer ins = attributeInt(box, text, "ins");
        Integer outs = attributeInt(box, text, "outs");
        if ((text.attribute("ins") != null && ins == null) || (text.attribute("outs") != null && outs == null)) {
            return null;
        }
        List<LibraryFunction> found = stdlib.resolve(text.name());
        if (found.size() > 1) {
            List<String> names = new ArrayList<>();
            for (LibraryFunction f : found) {
                names.add(f.name());
            }
            return fail(Code.UNKNOWN_BOX, box, "\"" + text.name() + "\" is in several libraries (" + String.join(", ", names)
                    + "); write the one you mean");
        }
        LibraryFunction function = found.isEmpty() ? null : found.get(0);
        boolean declared = ins != null && outs != null;
        if (function == null && !(declared && text.name().indexOf('.') > 0)) {
            return fail(Code.UNKNOWN_BOX, box, unknownFunction(text.name()));
        }
        if (context.onDemand() && (function == null || function.stateful())) {
            return fail(Code.ONDEMAND_STATEFUL_LIBRARY, box, statefulInside(function == null ? text.name() : function.name(),
                    function == null));
        }
        int total;
        int outlets;
        if (declared) {
            total = ins;
            outlets = outs;
        } else {
            LibraryFunction.Application application = function.apply(constants(text.args()));
            if (!application.known()) {
                return fail(Code.WRONG_ARGUMENT, box, application.problem());
            }
            total = ins != null ? ins : application.slots();
            outlets = outs != null ? outs : application.outlets();
        }
        if (text.args().size() > total) {
            return fail(Code.WRONG_ARGUMENT, box, "\"" + text.name() + "\" takes at most " + total + " arguments");
        }
        List<String> slots = slots(box, text.args(), total, false);
        if (slots == null) {
            return null;
        }
        String name = function == null ? text.name() : function.name();
        BoxSpec.Shape shape = total == 0 ? BoxSpec.Shape.NAME : BoxSpec.Shape.CALL;
        String importLine = stdlib.importFor(name);
        int fedInlet = function == null || !function.delaysFirstInput() ? -1 : inletOf(slots, function.params().size());
        if (importLine == null && fedInlet < 0) {
            return BoxSpec.operation(Names.identifier(name), name, shape, slots, outlets, 0);
        }
        int parameters = function == null ? 0 : function.params().size();
        if (function != null && GEN_LIBRARY.equals(function.library()) && slots.size() > parameters) {
            shape = BoxSpec.Shape.ROUTED;
        }
        return BoxSpec.library(Names.identifier(name), name, shape, slots, outlets,
                new BoxSpec.LibraryCall(importLine, fedInlet < 0 ? null : function.fed(), fedInlet, parameters));
    }

    /**
     * The inlet of slot {@code slot} (a function's first input comes after its parameters), or -1
     * when an argument of the box fills it: then no line arrives there to be delayed.
     */
    private static int inletOf(List<String> slots, int slot) {
        if (slot >= slots.size() || slots.get(slot) != null) {
            return -1;
        }
        int inlet = 0;
        for (int i = 0; i < slot; i++) {
            if (slots.get(i) == null) {
                inlet++;
            }
        }
        return inlet;
    }

    /** Why a library box may not stand inside an ondemand box, and what to do instead. */
    private static String statefulInside(String name, boolean unknown) {
        return (unknown ? name + " is not in the library index, so whether it keeps state is not known"
                : name + " keeps state from one sample to the next (its compiled code has a delay line, a recursion or a"
                        + " counter)")
                + "; inside an ondemand box that state would advance on every sample, not on the clock's ticks."
                + " Build it from delays (mem, @ N, a loop) in a sub-patcher inside the box, or compute it outside"
                + " and feed the box its result";
    }

    /** Why a name means nothing, with the closest library names as suggestions. */
    private String unknownFunction(String name) {
        dev.faustwire.stdlib.Skipped skipped = stdlib.skippedNamed(name);
        if (skipped != null) {
            return skipped.name() + " is documented but cannot be a box: it " + skipped.reason()
                    + ". Call it from a code box: " + dev.faustwire.stdlib.SkippedUse.codeExample(skipped);
        }
        StringBuilder message = new StringBuilder();
        if (name.indexOf('.') > 0) {
            message.append("the Faust libraries have no function \"").append(name).append('"');
        } else {
            message.append("no primitive or library function is called \"").append(name).append('"');
        }
        List<Search.Match> matches = stdlib.search(name.substring(name.indexOf('.') + 1));
        if (!matches.isEmpty()) {
            message.append("; did you mean ");
            for (int i = 0; i < Math.min(3, matches.size()); i++) {
                message.append(i == 0 ? "" : ", ").append(matches.get(i).function().name());
            }
            message.append('?');
        }
        if (name.indexOf('.') > 0) {
            message.append(" A function of your own needs @ins and @outs.");
        }
        return message.toString();
    }

    /** The literal text of each numeric argument, null for the others. */
    private static List<String> constants(List<Token> args) {
        List<String> constants = new ArrayList<>(args.size());
        for (Token arg : args) {
            constants.add(arg.isNumber() ? arg.text() : null);
        }
        return constants;
    }

    Integer attributeInt(Box box, BoxText text, String name) {
        BoxText.Attribute attribute = text.attribute(name);
        if (attribute == null) {
            return null;
        }
        String word = attribute.values().size() == 1 ? attribute.values().get(0).text() : "";
        boolean whole = attribute.values().size() == 1 && attribute.values().get(0).isNumber() && FaustLiterals.isWhole(word);
        int value = whole ? nonNegative(word) : -1;
        if (value < 0 || value > MAX_PORTS) {
            fail(Code.WRONG_ARGUMENT, box, "@" + name + " takes one whole number from 0 to " + MAX_PORTS);
            return null;
        }
        return value;
    }

    /** The slots of an application of {@code arity} arguments; args fill from the left or the right. */
    public List<String> slots(Box box, List<Token> args, int arity, boolean fromRight) {
        List<String> slots = new ArrayList<>(Math.max(0, arity));
        int offset = fromRight ? arity - args.size() : 0;
        for (int i = 0; i < arity; i++) {
            int a = i - offset;
            if (a < 0 || a >= args.size() || args.get(a).isPlaceholder()) {
                slots.add(null);
                continue;
            }
            String value = argument(box, args.get(a));
            if (value == null) {
                return null;
            }
            slots.add(value);
        }
        return slots;
    }

    String argument(Box box, Token token) {
        if (token.isNumber()) {
            return FaustLiterals.number(token.text());
        }
        if (token.kind() == Token.Kind.SYMBOL && FaustLiterals.isQualifiedIdentifier(token.text())) {
            return token.text();
        }
        fail(Code.WRONG_ARGUMENT, box, "\"" + token.text() + "\" is not a number or a Faust name");
        return null;
    }

    BoxSpec fail(Code code, Box box, String message) {
        context.error(code, box.id(), message);
        return null;
    }
}
