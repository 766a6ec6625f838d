package dev.faustwire.gen.translate;

import dev.faustwire.core.json.Numbers;
import dev.faustwire.gen.read.GenBox;
import dev.faustwire.gen.read.GenLine;
import dev.faustwire.gen.read.GenPatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code setparam NAME} of one patcher level: which sub-patcher boxes each one sets a param of
 * ({@link #targets}), and, inside such a sub-patcher, which params a parent's setparam feeds and
 * through which of its new inlets ({@link #fed}). A fed param becomes {@code in N} after the
 * sub-patcher's own inlets, and the setparam's signal goes to that inlet.
 */
final class Setparams {
    /** No param fed from outside (a top level, an abstraction saved as its own file). */
    static final Setparams NONE = new Setparams(new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>());

    private final Map<String, Integer> fed;
    private final Map<String, List<String>> targets;
    private final List<String> available;

    private Setparams(Map<String, Integer> fed, Map<String, List<String>> targets, List<String> available) {
        this.fed = fed;
        this.targets = targets;
        this.available = available;
    }

    /**
     * This level's setparams, with the params of this level that the parent's setparams feed, and the
     * names its boxes can read: its own params and named histories and those it gets from above.
     */
    static Setparams of(GenPatcher patcher, Map<String, Integer> fed, Map<String, Integer> outer) {
        List<String> available = new ArrayList<>(defined(patcher));
        for (String name : outer.keySet()) {
            if (!available.contains(name)) {
                available.add(name);
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (GenBox box : patcher.boxes()) {
            String name = name(box);
            if (name != null) {
                names.put(box.id(), name);
            }
        }
        Map<String, List<String>> targets = new LinkedHashMap<>();
        for (GenLine line : patcher.lines()) {
            String name = names.get(line.sourceId());
            if (name == null) {
                continue;
            }
            List<String> set = targets.computeIfAbsent(line.destId(), k -> new ArrayList<>());
            if (!set.contains(name)) {
                set.add(name);
            }
        }
        return new Setparams(fed, targets, available);
    }

    /**
     * The names of an enclosing level that an embedded sub-patcher reads (an argument naming a param or
     * history it does not have itself, at any depth below it), in the order first read: each becomes
     * an inlet of the sub-patcher, fed by the enclosing level's box of that name, as Gen's names are
     * one namespace for a gen~ and its sub-patchers.
     */
    List<String> readBy(GenPatcher child) {
        List<String> read = new ArrayList<>();
        for (String name : freeNames(child)) {
            if (available.contains(name)) {
                read.add(name);
            }
        }
        return read;
    }

    /** Names read by arguments inside a patcher (and its embedded sub-patchers) that it does not define. */
    static List<String> freeNames(GenPatcher patcher) {
        List<String> own = defined(patcher);
        List<String> free = new ArrayList<>();
        for (GenBox box : patcher.boxes()) {
            if (!box.maxclass().equals("newobj") || box.text() == null) {
                continue;
            }
            GenText text = GenText.parse(box.text());
            List<String> read = new ArrayList<>();
            if (box.patcher() != null && text.name().equals("gen")) {
                read.addAll(freeNames(box.patcher()));
            } else if (readsArguments(text.name())) {
                for (String arg : ArgExpressions.group(text.args())) {
                    if (!ArgExpressions.read(arg).readable() && BoxTranslator.isName(arg)) {
                        read.add(arg);
                    }
                }
            }
            for (String name : read) {
                if (!own.contains(name) && !free.contains(name)) {
                    free.add(name);
                }
            }
        }
        return free;
    }

    /** Whether a box's arguments fill inlets and so may name a param or history (a table row, not in, param, send...). */
    private static boolean readsArguments(String name) {
        return switch (name) {
            case "in", "out", "param", "Param", "history", "delay", "gate", "selector", "send", "s", "receive", "r",
                 "constant", "gen", "expr", "setparam", "data", "buffer", "peek", "poke", "sample", "nearest", "lookup",
                 "wave", "dim", "channels", "splat" -> false;
            default -> dev.faustwire.gen.ops.OperatorTable.find(name) != null;
        };
    }

    /** The params and named histories of one patcher level, by name. */
    static List<String> defined(GenPatcher patcher) {
        List<String> names = new ArrayList<>();
        for (GenBox box : patcher.boxes()) {
            String name = definedName(box);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** The name a setparam box sets ({@code setparam NAME} or {@code setparam @name NAME}), or null for other boxes. */
    static String name(GenBox box) {
        if (box == null || !box.maxclass().equals("newobj") || box.text() == null) {
            return null;
        }
        GenText text = GenText.parse(box.text());
        if (!text.name().equals("setparam")) {
            return null;
        }
        String name = text.args().isEmpty() ? text.attribute("name") : text.args().get(0);
        return name == null || name.isEmpty() ? null : name;
    }

    /** The params of a sub-patcher box that setparams of this level set, in the order of their cords. */
    List<String> setOn(String genBoxId) {
        return targets.getOrDefault(genBoxId, List.of());
    }

    /** The inlet number ({@code in N}) that feeds this level's param {@code name}, or 0 when nothing outside sets it. */
    int inletOf(String name) {
        Integer n = fed.get(name);
        return n == null ? 0 : n;
    }

    /** Whether a parent's setparam names {@code name} at this level. */
    boolean feeds(String name) {
        return fed.containsKey(name);
    }

    /**
     * The inlet numbers a sub-patcher gives the params set on it: after its highest {@code in N}
     * (its own inlets keep their numbers), in the order given.
     */
    static Map<String, Integer> numbered(GenPatcher child, List<String> names) {
        return numbered(child, names, 0);
    }

    /** As {@link #numbered(GenPatcher, List)}, after {@code skip} inlets already added. */
    static Map<String, Integer> numbered(GenPatcher child, List<String> names, int skip) {
        int highest = 0;
        for (GenBox box : child.boxes()) {
            if (!box.maxclass().equals("newobj") || box.text() == null) {
                continue;
            }
            GenText text = GenText.parse(box.text());
            if (text.name().equals("in") && !text.args().isEmpty()) {
                String n = ArgExpressions.numberLiteral(text.args().get(0));
                if (n != null && Numbers.isIntText(n) && n.length() < 6) {
                    highest = Math.max(highest, Integer.parseInt(n));
                }
            }
        }
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (String name : names) {
            numbers.put(name, highest + skip + numbers.size() + 1);
        }
        return numbers;
    }

    /** The names among {@code names} that a param of {@code child} carries. */
    static List<String> present(GenPatcher child, List<String> names) {
        return carried(child, names, false);
    }

    /** The names among {@code names} that a named history of {@code child} carries (setparam would set its state). */
    static List<String> histories(GenPatcher child, List<String> names) {
        return carried(child, names, true);
    }

    /** The names among {@code names}, in their order, that a param (or a named history) of {@code child} carries. */
    private static List<String> carried(GenPatcher child, List<String> names, boolean history) {
        List<String> inChild = new ArrayList<>();
        for (GenBox box : child.boxes()) {
            String name = definedName(box);
            if (name != null && GenText.parse(box.text()).name().equals("history") == history) {
                inChild.add(name);
            }
        }
        List<String> found = new ArrayList<>();
        for (String name : names) {
            if (inChild.contains(name) && !found.contains(name)) {
                found.add(name);
            }
        }
        return found;
    }

    /** The name a param or named history box defines ({@code param NAME}, {@code history NAME}), or null. */
    static String definedName(GenBox box) {
        if (box == null || !box.maxclass().equals("newobj") || box.text() == null) {
            return null;
        }
        GenText text = GenText.parse(box.text());
        if (text.args().isEmpty()) {
            return null;
        }
        boolean param = text.name().equals("param") || text.name().equals("Param");
        boolean history = text.name().equals("history") && !ArgExpressions.read(text.args().get(0)).readable();
        return param || history ? text.args().get(0) : null;
    }
}
