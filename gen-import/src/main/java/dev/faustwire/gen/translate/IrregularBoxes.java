package dev.faustwire.gen.translate;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.json.Numbers;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Rect;
import dev.faustwire.gen.ops.Operator;
import dev.faustwire.gen.read.GenBox;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The hand-written translators of the operators that do not fit a table row: in, out, param,
 * history, delay, gate, selector, send, receive, constant, gen sub-patchers, abstractions,
 * setparam, and the GenExpr of codebox and expr boxes.
 */
final class IrregularBoxes {
    private final Importer importer;
    private final String path;
    private final Map<String, String> overrides;
    private final BoxTranslator boxes;
    private final boolean defaultsFedByParent;
    private final Setparams setparams;

    IrregularBoxes(Importer importer, String path, Map<String, String> overrides, BoxTranslator boxes,
                   boolean defaultsFedByParent, Setparams setparams) {
        this.importer = importer;
        this.path = path;
        this.overrides = overrides;
        this.boxes = boxes;
        this.defaultsFedByParent = defaultsFedByParent;
        this.setparams = setparams;
    }

    /** The translation of an irregular operator, or null when the name is none. */
    Translated translate(GenBox box, GenText text, String id, Rect rect, TreeSet<Integer> connected) {
        return switch (text.name()) {
            case "in" -> channel(box, text, id, rect, "in", 0, 1);
            case "out" -> channel(box, text, id, rect, "out", 1, 0);
            case "param", "Param" -> !text.args().isEmpty() && setparams.feeds(text.args().get(0))
                    ? SetparamInlets.param(boxes, box, text, id, rect, setparams.inletOf(text.args().get(0)))
                    : Params.translate(boxes, box, text, id, rect, overrides);
            case "history" -> history(box, text, id, rect, connected);
            case "delay" -> delay(box, text, id, rect, connected);
            case "interp" -> interp(box, text, id, rect, connected);
            case "gate" -> sized(box, text, id, rect, connected, "gate", List.of("choice", "in"), true);
            case "selector" -> sized(box, text, id, rect, connected, "selector", null, false);
            case "send", "s" -> wireless(box, text, id, rect, "send", 1, 0);
            case "receive", "r" -> wireless(box, text, id, rect, "receive", 0, 1);
            case "constant" -> constant(box, text, id, rect);
            case "gen" -> gen(box, text, id, rect, connected);
            case "expr" -> code(box, id, rect, box.text().length() > 4 ? box.text().substring(5) : "");
            case "setparam" -> setparam(box, text, id, rect);
            case "voice", "voicecount", "mc_channel", "mc_channelcount" -> outsidePoly(box, text, id, rect);
            default -> null;
        };
    }

    private Translated channel(GenBox box, GenText text, String id, Rect rect, String kind, int inlets, int outlets) {
        String n = text.args().isEmpty() ? null : ArgExpressions.numberLiteral(text.args().get(0));
        if (n == null || !Numbers.isIntText(n) || Integer.parseInt(n) < 1) {
            boxes.report(Code.GEN_ARGUMENT_UNREAD, id, "\"" + box.text() + "\" needs a channel number from 1; 1 is used");
            n = "1";
        }
        String min = null;
        String max = null;
        for (String attribute : text.attributes().keySet()) {
            String value = text.attribute(attribute);
            if (kind.equals("in") && (attribute.equals("min") || attribute.equals("max"))) {
                String bound = boxes.compileTime(box, id, attribute, value, attribute.equals("min") ? "0" : "1");
                min = attribute.equals("min") ? bound : min;
                max = attribute.equals("max") ? bound : max;
            } else if (kind.equals("in") && attribute.equals("default") && defaultsFedByParent) {
                continue; // the sub-patcher box feeds its unconnected inlet with it
            } else if (!attribute.equals("comment")) {
                boxes.report(Code.GEN_ATTRIBUTE_IGNORED, id, "\"" + box.text() + "\": @" + attribute + " of " + kind
                        + " is not translated" + (attribute.equals("default") ? " (an unconnected inlet of an abstraction is 0)" : ""));
            }
        }
        Translated result = BoxTranslator.simple(id, kind + " " + n, rect, inlets, outlets);
        if (min != null || max != null) {
            // Gen clamps what comes in: a box after the in does, and takes over its cords.
            result.after = min != null && max != null ? "gen.clip _ " + min + " " + max
                    : min != null ? "gen.maximum _ " + min : "gen.minimum _ " + max;
        }
        return result;
    }

    /** The defaults of the unconnected inlets of an embedded gen: {@code in N @default d} inside it, by inlet. */
    static java.util.Map<Integer, String> inletDefaults(dev.faustwire.gen.read.GenPatcher patcher) {
        java.util.Map<Integer, String> defaults = new java.util.TreeMap<>();
        for (GenBox inner : patcher.boxes()) {
            GenText text = GenText.parse(inner.text());
            if (!text.name().equals("in") || text.args().isEmpty() || text.attribute("default") == null) {
                continue;
            }
            String n = ArgExpressions.numberLiteral(text.args().get(0));
            if (n != null && Numbers.isIntText(n) && Integer.parseInt(n) >= 1) {
                defaults.put(Integer.parseInt(n) - 1, text.attribute("default"));
            }
        }
        return defaults;
    }

    /**
     * history [name] [init]: a one-sample delay with its init. A name (a first word that is no number
     * nor constant) is kept as the box's comment; a parent's {@code @name value} sets its init.
     */
    private Translated history(GenBox box, GenText text, String id, Rect rect, TreeSet<Integer> connected) {
        List<String> args = new ArrayList<>(text.args());
        String name = null;
        if (!args.isEmpty() && !ArgExpressions.read(args.get(0)).readable()) {
            name = args.remove(0);
        }
        String init = args.isEmpty() ? text.attribute("init") : args.get(0);
        if (name != null && overrides.containsKey(name)) {
            init = overrides.get(name);
        }
        if (name != null) {
            SetparamInlets.checkNamedHistory(boxes, box, id, name);
        }
        String initValue = boxes.compileTime(box, id, "init", init == null ? "0" : init, "0");
        Operator row = new Operator(List.of("history"), "history", List.of("in"), List.of("0"), 1, "",
                List.of("=" + initValue), "");
        Translated plain = boxes.regular(box, new GenText("history", List.of(), Map.of()), row, id, rect, connected);
        return name == null ? plain : plain.withComment(name);
    }

    private Translated delay(GenBox box, GenText text, String id, Rect rect, TreeSet<Integer> connected) {
        List<String> args = text.args();
        String max = delayLength(box, id, args.isEmpty() ? null : args.get(0));
        String taps = args.size() < 2 ? "1" : ArgExpressions.numberLiteral(args.get(1));
        if (taps == null || !Numbers.isIntText(taps) || Integer.parseInt(taps) < 1 || Integer.parseInt(taps) > 64) {
            boxes.report(Code.GEN_ARGUMENT_UNREAD, id, "\"" + box.text() + "\": the number of taps must be a whole number from 1 to 64; 1 is used");
            taps = "1";
        }
        int tapCount = Integer.parseInt(taps);
        List<String> inlets = new ArrayList<>();
        List<String> defaults = new ArrayList<>();
        inlets.add("in");
        defaults.add("0");
        for (int i = 1; i <= tapCount; i++) {
            // A tap with nothing connected reads at the delay's length, as Max's code generator writes it
            // (`delay 277` reads 277 samples back, a bare `delay` one second back).
            inlets.add("tap" + i);
            defaults.add(args.isEmpty() ? "samplerate" : args.get(0));
        }
        Operator row = new Operator(List.of("delay"), "delay", inlets, defaults, tapCount, "",
                List.of("=" + max, "=" + taps, "@feedback=1", "@interp=linear"), "");
        Map<String, String> attributes = new LinkedHashMap<>(text.attributes());
        return boxes.regular(box, new GenText("delay", List.of(), attributes), row, id, rect, connected);
    }

    /** interp: t and 2 points (linear, cosine), 4 (cubic, spline, fastcubic) or 6 (spline6), by @mode. */
    private Translated interp(GenBox box, GenText text, String id, Rect rect, TreeSet<Integer> connected) {
        String mode = text.attribute("mode") == null ? "linear" : text.attribute("mode");
        int points = switch (mode) {
            case "cubic", "spline", "fastcubic" -> 4;
            case "spline6" -> 6;
            default -> 2;
        };
        List<String> inlets = new ArrayList<>();
        List<String> defaults = new ArrayList<>();
        StringBuilder fills = new StringBuilder();
        for (int i = 0; i <= points; i++) {
            inlets.add(i == 0 ? "t" : "p" + i);
            defaults.add("0");
            fills.append(i == 0 ? "" : " ").append(i + 1).append(':');
            for (int j = 0; j <= i; j++) {
                fills.append(j == 0 ? "" : ",").append(j);
            }
        }
        Operator row = new Operator(List.of("interp"), "interp", inlets, defaults, 1, fills.toString(), List.of("@mode=linear"), "");
        return boxes.regular(box, text, row, id, rect, connected);
    }

    /**
     * The buffer length of a delay as the whole number the box needs: Gen's default, samplerate, and
     * lengths written with it are taken at 192000 Hz (reported), fractions rounded up.
     */
    private String delayLength(GenBox box, String id, String arg) {
        ArgValue value = arg == null ? ArgExpressions.read("samplerate") : ArgExpressions.read(arg);
        if (!value.readable() || Double.isNaN(value.value()) || value.value() < 1 || value.value() > (1 << 24)) {
            boxes.report(Code.GEN_ARGUMENT_UNREAD, id, "\"" + box.text() + "\": the delay length "
                    + (value.readable() ? "must be a number from 1 to 16777216" : value.problem()) + "; 192000 is used");
            return "192000";
        }
        long length = (long) Math.ceil(value.value());
        if (value.hostDependent()) {
            boxes.report(Code.GEN_SIZE_EVALUATED, id, "\"" + box.text() + "\": the delay's length "
                    + (arg == null ? "(Gen's default, samplerate)" : arg) + " is " + length
                    + " samples, as at 192000 Hz; delay times beyond Gen's length are not clamped to it");
        } else if (length != value.value()) {
            boxes.report(Code.GEN_APPROXIMATION, id, "\"" + box.text() + "\": the delay length " + arg + " is rounded up to " + length);
        }
        return Long.toString(length);
    }

    /** gate N (choice, in; N outlets) and selector N (choice, N inputs; 1 outlet): N is compile-time. */
    private Translated sized(GenBox box, GenText text, String id, Rect rect, TreeSet<Integer> connected, String function,
                             List<String> gateInlets, boolean gate) {
        String n = text.args().isEmpty() ? "1" : ArgExpressions.numberLiteral(text.args().get(0));
        if (n == null || !Numbers.isIntText(n) || Integer.parseInt(n) < 1 || Integer.parseInt(n) > 256) {
            boxes.report(Code.GEN_ARGUMENT_UNREAD, id, "\"" + box.text() + "\": the count must be a whole number from 1; 1 is used");
            n = "1";
        }
        int count = Integer.parseInt(n);
        List<String> inlets = new ArrayList<>();
        List<String> defaults = new ArrayList<>();
        if (gate) {
            inlets.addAll(gateInlets);
        } else {
            inlets.add("choice");
            for (int i = 1; i <= count; i++) {
                inlets.add("in" + i);
            }
        }
        for (int i = 0; i < inlets.size(); i++) {
            defaults.add("0");
        }
        if (text.args().size() > 1) {
            boxes.report(Code.GEN_ARGUMENT_UNREAD, id, "\"" + box.text() + "\": only the first argument (the count) is translated");
        }
        Operator row = new Operator(List.of(function), function, inlets, defaults, gate ? count : 1, "", List.of("=" + n), "");
        return boxes.regular(box, new GenText(function, List.of(), text.attributes()), row, id, rect, connected);
    }

    private Translated wireless(GenBox box, GenText text, String id, Rect rect, String kind, int inlets, int outlets) {
        if (text.args().isEmpty()) {
            boxes.report(Code.GEN_ARGUMENT_UNREAD, id, "\"" + box.text() + "\" has no name; it is named \"gen\"");
            return BoxTranslator.simple(id, kind + " gen", rect, inlets, outlets);
        }
        return BoxTranslator.simple(id, kind + " " + text.args().get(0), rect, inlets, outlets);
    }

    private Translated constant(GenBox box, GenText text, String id, Rect rect) {
        ArgValue value = text.args().isEmpty() ? ArgValue.unread("no value") : ArgExpressions.read(text.args().get(0));
        if (!value.readable()) {
            boxes.report(Code.GEN_ARGUMENT_UNREAD, id, "\"" + box.text() + "\": " + value.problem() + "; 0 is used");
            return BoxTranslator.simple(id, "0", rect, 0, 1);
        }
        if (value.literal() != null) {
            return BoxTranslator.simple(id, value.literal(), rect, 0, 1);
        }
        return codeConstant(id, rect, value.expression());
    }

    static Translated codeConstant(String id, Rect rect, String expression) {
        JsonObject data = JsonObject.EMPTY.with("value", new JsonString("process = " + expression + ";"));
        return new Translated(new Box(id, "code @ins 0 @outs 1", rect, data, null, null, JsonObject.EMPTY), PortMap.identity(0, 1));
    }

    private Translated outsidePoly(GenBox box, GenText text, String id, Rect rect) {
        boxes.report(Code.GEN_APPROXIMATION, id, "\"" + box.text() + "\" is 1 outside poly~ and mc.gen~, as here");
        return BoxTranslator.simple(id, "1", rect, 0, 1);
    }

    /** setparam NAME: a wire ({@code _}) whose cords to sub-patchers go to the inlet their param NAME became. */
    private Translated setparam(GenBox box, GenText text, String id, Rect rect) {
        if (Setparams.name(box) == null) {
            boxes.report(Code.GEN_SETPARAM, id, "\"" + box.text() + "\" names no param; an empty sub-patcher stands for it."
                    + " Substitute: setparam NAME, NAME a param of the sub-patcher it is connected to");
            return boxes.placeholder(box, id, rect, "setparam");
        }
        return BoxTranslator.simple(id, "_", rect, 1, 1);
    }

    /** An embedded gen sub-patcher becomes a p sub-patcher; {@code gen @file name} an abstraction. */
    private Translated gen(GenBox box, GenText text, String id, Rect rect, TreeSet<Integer> connected) {
        if (box.patcher() == null) {
            String file = text.attribute("file");
            if (file != null && !file.isEmpty()) {
                Translated abstraction = abstraction(box, text, file, id, rect);
                if (abstraction != null) {
                    return abstraction;
                }
                boxes.report(Code.GEN_ABSTRACTION_MISSING, id, "\"" + box.text() + "\": no " + file
                        + ".gendsp beside the file or in the workspace; an empty sub-patcher outputs silence in its place");
                return boxes.placeholder(box, id, rect, file);
            }
            boxes.report(Code.GEN_UNKNOWN_OPERATOR, id, "\"" + box.text() + "\" holds no patcher and names no file");
            return boxes.placeholder(box, id, rect, "gen");
        }
        String title = text.attribute("title");
        if (title == null || title.isEmpty()) {
            title = text.args().isEmpty() ? "gen" : text.args().get(0);
        }
        List<String> set = Setparams.present(box.patcher(), setparams.setOn(box.id()));
        Map<String, Integer> fed = Setparams.numbered(box.patcher(), set);
        Map<String, Integer> outer = Setparams.numbered(box.patcher(), setparams.readBy(box.patcher()), fed.size());
        Patch child = new PatcherTranslator(importer, path + id + "/", paramAttributes(text), true, fed, outer)
                .translate(box.patcher(), title);
        Translated result = subpatcher(box, id, rect, "p " + plainName(title), child, fed, fed.size() + outer.size());
        for (Map.Entry<String, Integer> entry : outer.entrySet()) {
            result.outerInlets.put(entry.getKey(), entry.getValue() - 1);
        }
        for (Map.Entry<Integer, String> entry : inletDefaults(box.patcher()).entrySet()) {
            int inlet = entry.getKey();
            if (connected.contains(inlet) || inlet >= result.ports.inlets().length) {
                continue;
            }
            ArgValue value = ArgExpressions.read(entry.getValue());
            if (!value.readable()) {
                boxes.report(Code.GEN_ARGUMENT_UNREAD, id, "inlet " + (inlet + 1) + ": @default " + entry.getValue()
                        + " is not read (" + value.problem() + "); the inlet reads 0");
            } else {
                result.feeds.add(new Translated.Feed(value.expression(), null, inlet));
            }
        }
        return result;
    }

    /** A box naming {@code name.gendsp}: a file sub-patcher, or an embedded copy when the box sets its params. */
    Translated abstraction(GenBox box, GenText text, String name, String id, Rect rect) {
        String content = importer.abstractionText(name);
        if (content == null) {
            return null;
        }
        if (importer.inChain(name)) {
            boxes.report(Code.GEN_ABSTRACTION_CYCLE, id, "\"" + box.text() + "\": " + name
                    + ".gendsp contains itself; an empty sub-patcher stands for it");
            return boxes.placeholder(box, id, rect, name);
        }
        if (!text.args().isEmpty() && !text.name().equals("gen")) {
            boxes.report(Code.GEN_ATTRIBUTE_IGNORED, id, "\"" + box.text() + "\": arguments of an abstraction are not"
                    + " translated; set its params with @name value");
        }
        Map<String, String> params = paramAttributes(text);
        dev.faustwire.gen.read.GenPatcher patcher = importer.abstractionPatcher(name, content);
        List<String> set = patcher == null ? List.of() : Setparams.present(patcher, setparams.setOn(box.id()));
        Map<String, Integer> fed = patcher == null ? Map.of() : Setparams.numbered(patcher, set);
        Patch child = params.isEmpty() && fed.isEmpty() ? importer.abstraction(name, content, path + id + "/")
                : importer.translateAbstraction(name, content, path + id + "/", params, fed);
        if (child == null) {
            boxes.report(Code.GEN_ABSTRACTION_MISSING, id, "\"" + box.text() + "\": " + name + ".gendsp is not a gen patcher;"
                    + " an empty sub-patcher stands for it");
            return boxes.placeholder(box, id, rect, name);
        }
        String reference = params.isEmpty() && fed.isEmpty() ? "p ./" + name + ".json" : "p " + plainName(name);
        return subpatcher(box, id, rect, reference, child, fed, fed.size());
    }

    /**
     * A sub-patcher box; the params a setparam feeds, then the names it reads from this level, are its
     * last inlets ({@code added} of them), after the Gen box's own.
     */
    private Translated subpatcher(GenBox box, String id, Rect rect, String text, Patch child, Map<String, Integer> fed,
                                  int added) {
        int ins = Ports.highest(child, "in");
        int outs = Ports.highest(child, "out");
        boxes.checkCounts(box, id, ins - added, outs);
        Translated result = new Translated(new Box(id, text, rect, null, child, null, JsonObject.EMPTY), PortMap.identity(ins, outs));
        for (Map.Entry<String, Integer> entry : fed.entrySet()) {
            result.paramInlets.put(entry.getKey(), entry.getValue() - 1);
        }
        return result;
    }

    private static Map<String, String> paramAttributes(GenText text) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : text.attributes().entrySet()) {
            String key = entry.getKey();
            if (!key.equals("title") && !key.equals("file") && !key.equals("comment")) {
                params.put(key, entry.getValue());
            }
        }
        return params;
    }

    /** A name a p box can carry: no '/', no file ending. */
    static String plainName(String name) {
        String plain = name.replace('/', '_').replace(' ', '_');
        return plain.endsWith(".json") || plain.endsWith(".dsppat") || plain.isEmpty() ? plain + "_" : plain;
    }

    /** A codebox or expr: its GenExpr translated by {@link CodeBoxes}. */
    Translated code(GenBox box, String id, Rect rect, String code) {
        return CodeBoxes.translate(importer, boxes, box, id, rect, code, path);
    }
}
