package dev.faustwire.gen.translate;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import dev.faustwire.gen.read.GenBox;
import dev.faustwire.gen.read.GenLine;
import dev.faustwire.gen.read.GenPatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Translates one Gen patcher level into a patch: each box through {@link BoxTranslator} at the
 * same place, then every cord with its ports renumbered, then the constant boxes of argument
 * expressions. Box ids follow Max's ({@code obj-12} becomes {@code box-12}).
 */
public final class PatcherTranslator {
    private final Importer importer;
    private final String path;
    private final Map<String, String> overrides;
    private final boolean defaultsFedByParent;
    private final Map<String, Integer> fed;
    private final Map<String, Integer> outer;

    public PatcherTranslator(Importer importer, String path, Map<String, String> overrides) {
        this(importer, path, overrides, false);
    }

    /** {@code defaultsFedByParent}: an embedded gen, whose box feeds its unconnected inlets their {@code @default}. */
    public PatcherTranslator(Importer importer, String path, Map<String, String> overrides, boolean defaultsFedByParent) {
        this(importer, path, overrides, defaultsFedByParent, Map.of(), Map.of());
    }

    /**
     * {@code fed}: the params a parent's setparam sets, each becoming the inlet {@code in N} given;
     * {@code outer}: the params and named histories of enclosing levels this one reads, likewise.
     */
    PatcherTranslator(Importer importer, String path, Map<String, String> overrides, boolean defaultsFedByParent,
                      Map<String, Integer> fed, Map<String, Integer> outer) {
        this.importer = importer;
        this.path = path;
        this.overrides = overrides;
        this.defaultsFedByParent = defaultsFedByParent;
        this.fed = fed;
        this.outer = outer;
    }

    /** The patch of a Gen patcher; {@code source} goes into its props. */
    public Patch translate(GenPatcher patcher, String source) {
        Map<String, String> ids = ids(patcher);
        Map<String, TreeSet<Integer>> connected = new LinkedHashMap<>();
        for (GenLine line : patcher.lines()) {
            connected.computeIfAbsent(line.destId(), k -> new TreeSet<>()).add(line.destPort());
        }
        TreeMap<String, Box> boxes = new TreeMap<>();
        TreeMap<String, Line> lines = new TreeMap<>();
        Map<String, Translated> translated = new LinkedHashMap<>();
        BoxTranslator boxTranslator = new BoxTranslator(importer, path, overrides, defaultsFedByParent, Setparams.of(patcher, fed, outer));
        Tables tables = Tables.scan(importer, path, patcher, ids, boxTranslator);
        boxTranslator.ownedData = OwnedData.scan(patcher);
        Map<String, GenBox> genBoxes = new LinkedHashMap<>();
        java.util.Set<String> maxPlaced = new TreeSet<>();
        java.util.Set<String> maxComments = new TreeSet<>();
        int index = 0;
        for (GenBox box : patcher.boxes()) {
            String id = ids.get(box.id());
            Rect rect = box.rect() != null ? box.rect() : new Rect(15, 15 + 40 * index, 60, 22);
            if (box.rect() != null) {
                maxPlaced.add(id);
            }
            if (box.rect() != null && box.maxclass().equals("comment")) {
                maxComments.add(id); // wrapped at the width Max gave it
            }
            index++;
            TreeSet<Integer> ports = connected.getOrDefault(box.id(), new TreeSet<>());
            Translated result = tables.translate(box, id, rect);
            if (result == null) {
                result = boxTranslator.translate(box, id, rect, ports);
            }
            translated.put(box.id(), result);
            genBoxes.put(box.id(), box);
            boxes.put(id, result.box);
            for (Box extra : result.extraBoxes) {
                boxes.put(extra.id(), extra);
            }
        }
        int nextBox = firstFreeNumber(boxes);
        int next = 1;
        Map<String, String> afterIds = new LinkedHashMap<>();
        for (Translated result : translated.values()) {
            if (result.after != null) {
                String afterId = "box-" + nextBox++;
                Rect at = result.box.rect();
                // right of the box it follows, on its row: boxes Max put there make room (ImportLayout)
                boxes.put(afterId, new Box(afterId, result.after, new Rect(at.x() + at.width() + ImportLayout.GAP, at.y(), 90, 22)));
                afterIds.put(result.box.id(), afterId);
                String lineId = "line-" + next++;
                lines.put(lineId, new Line(lineId, new Port(result.box.id(), 0), new Port(afterId, 0)));
            }
        }
        for (GenLine line : patcher.lines()) {
            Translated source0 = translated.get(line.sourceId());
            Translated dest = translated.get(line.destId());
            String lineId = "line-" + next++;
            if (source0 == null || dest == null) {
                importer.report().box(Code.GEN_LINE_DROPPED, path + lineId, "a cord from " + line.sourceId()
                        + " to " + line.destId() + " names a box the patcher does not have; it is left out");
                continue;
            }
            if (Tables.rerouted(source0, dest, line)) {
                next = Tables.reroute(source0, dest, line, lines, next, afterIds);
                continue;
            }
            int out = source0.ports.outlet(line.sourcePort());
            int in = dest.ports.inlet(line.destPort());
            String setparam = Setparams.name(genBoxes.get(line.sourceId()));
            if (setparam != null && source0.box.text().equals("_")) {
                in = SetparamInlets.inlet(importer, path, source0, dest, genBoxes.get(line.destId()), setparam);
                if (in < 0) {
                    continue;
                }
            }
            if (in == PortMap.UNUSED) {
                continue;
            }
            if (out < 0 || in < 0) {
                importer.report().box(Code.GEN_LINE_DROPPED, path + (out < 0 ? source0.box.id() : dest.box.id()),
                        "the cord from outlet " + line.sourcePort() + " of \"" + source0.box.text() + "\" to inlet "
                                + line.destPort() + " of \"" + dest.box.text() + "\" has no port to go to; it is left out");
                continue;
            }
            String from = afterIds.getOrDefault(source0.box.id(), source0.box.id());
            lines.put(lineId, new Line(lineId, new Port(from, out), new Port(dest.box.id(), in)));
        }
        next = Tables.addExtras(translated.values(), boxes, lines, next);
        mergeDuplicateOuts(boxes, lines, next);
        next = lines.size() + 1;
        while (lines.containsKey("line-" + next)) {
            next++;
        }
        Map<String, String> named = namedBoxes(patcher, ids);
        nextBox = OuterNames.inlets(outer, named, boxes, nextBox);
        for (Translated result : translated.values()) {
            for (Map.Entry<String, Integer> entry : result.outerInlets.entrySet()) {
                String from = named.get(entry.getKey());
                String lineId = "line-" + next++;
                lines.put(lineId, new Line(lineId, new Port(afterIds.getOrDefault(from, from), 0),
                        new Port(result.box.id(), entry.getValue())));
            }
        }
        for (Translated result : translated.values()) {
            int k = 0;
            for (Translated.Feed feed : result.feeds) {
                if (feed.name() != null) {
                    String from = named.get(feed.name());
                    from = from == null ? null : afterIds.getOrDefault(from, from);
                    if (from == null) {
                        importer.report().box(Code.GEN_ARGUMENT_UNREAD, path + result.box.id(), "\"" + feed.name()
                                + "\" names no param or history of this patcher; the inlet reads 0");
                        continue;
                    }
                    String lineId = "line-" + next++;
                    lines.put(lineId, new Line(lineId, new Port(from, 0), new Port(result.box.id(), feed.inlet())));
                    continue;
                }
                String id = "box-" + nextBox++;
                Rect at = result.box.rect();
                Rect rect = new Rect(at.x() + 70 * k, Math.max(0, at.y() - 30), 60, 22);
                k++;
                JsonObject data = JsonObject.EMPTY.with("value", new JsonString("process = " + feed.expression() + ";"));
                boxes.put(id, new Box(id, "code @ins 0 @outs 1", rect, data, null, null, JsonObject.EMPTY));
                String lineId = "line-" + next++;
                lines.put(lineId, new Line(lineId, new Port(id, 0), new Port(result.box.id(), feed.inlet())));
            }
        }
        ImportLayout.fit(boxes, lines, maxPlaced, maxComments);
        return new Patch(boxes, lines, Importer.props(source), JsonObject.EMPTY);
    }

    /**
     * Gen sums every {@code out N} of the same N; a patch has one out box per channel. So each later
     * {@code out N} becomes a wire box ({@code _}) at its place, feeding the first.
     */
    private static void mergeDuplicateOuts(TreeMap<String, Box> boxes, TreeMap<String, Line> lines, int next) {
        Map<String, String> first = new LinkedHashMap<>();
        TreeMap<Long, String> byNumber = new TreeMap<>();
        for (String id : boxes.keySet()) {
            byNumber.put(dev.faustwire.core.edit.Ids.numberAfter("box-", id), id);
        }
        for (String id : byNumber.values()) {
            Box box = boxes.get(id);
            if (!box.text().startsWith("out ")) {
                continue;
            }
            String kept = first.get(box.text());
            if (kept == null) {
                first.put(box.text(), id);
                continue;
            }
            boxes.put(id, box.withText("_"));
            while (lines.containsKey("line-" + next)) {
                next++;
            }
            String lineId = "line-" + next;
            lines.put(lineId, new Line(lineId, new Port(id, 0), new Port(kept, 0)));
        }
    }

    /** The imported ids of the params and named histories of a patcher, by name: arguments may name them. */
    private static Map<String, String> namedBoxes(GenPatcher patcher, Map<String, String> ids) {
        Map<String, String> named = new LinkedHashMap<>();
        for (GenBox box : patcher.boxes()) {
            String name = Setparams.definedName(box);
            if (name != null && !named.containsKey(name)) {
                named.put(name, ids.get(box.id()));
            }
        }
        return named;
    }

    /** {@code obj-12} becomes {@code box-12}; other ids, and clashes, get the next free number. */
    static Map<String, String> ids(GenPatcher patcher) {
        Map<String, String> ids = new LinkedHashMap<>();
        TreeSet<String> used = new TreeSet<>();
        List<GenBox> later = new ArrayList<>();
        for (GenBox box : patcher.boxes()) {
            String id = box.id();
            int dash = id.lastIndexOf('-');
            String number = dash < 0 ? "" : id.substring(dash + 1);
            if (!number.isEmpty() && isDigits(number) && number.charAt(0) != '0' && !ids.containsKey(id)
                    && !used.contains("box-" + number)) {
                ids.put(id, "box-" + number);
                used.add("box-" + number);
            } else {
                later.add(box);
            }
        }
        int next = 1;
        for (GenBox box : later) {
            while (used.contains("box-" + next)) {
                next++;
            }
            if (!ids.containsKey(box.id())) {
                ids.put(box.id(), "box-" + next);
                used.add("box-" + next);
            }
        }
        return ids;
    }

    private static int firstFreeNumber(Map<String, Box> boxes) {
        int max = 0;
        for (String id : boxes.keySet()) {
            String number = id.substring(id.lastIndexOf('-') + 1);
            if (isDigits(number) && number.length() < 9) {
                max = Math.max(max, Integer.parseInt(number));
            }
        }
        return max + 1;
    }

    private static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
