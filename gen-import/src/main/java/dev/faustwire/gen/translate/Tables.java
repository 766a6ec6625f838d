package dev.faustwire.gen.translate;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.json.Numbers;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import dev.faustwire.gen.audio.BufferTable;
import dev.faustwire.gen.read.GenBox;
import dev.faustwire.gen.read.GenLine;
import dev.faustwire.gen.read.GenPatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tables of one patcher level: each {@code data NAME} with the {@code poke}, {@code peek}, {@code sample},
 * {@code nearest}, {@code lookup}, {@code wave}, {@code dim} and {@code channels} boxes naming it becomes one
 * {@code code} box at the data's place computing gen.store_rd and gen.data_read; the cords into the pokes and readers
 * and out of the readers go to it; the pokes and readers stay as comments with their Gen text at their places.
 */
final class Tables {
    static final List<String> READERS = List.of("peek", "sample", "nearest", "lookup", "wave");
    static final List<String> MEMBERS = List.of("poke", "peek", "sample", "nearest", "lookup", "wave", "dim", "channels");

    private final Map<String, Translated> byGenId = new LinkedHashMap<>();

    private Tables() {
    }

    /** A data with its boxes. */
    static final class Group {
        final String name;
        GenBox data;
        String dataId;
        final List<GenBox> pokes = new ArrayList<>();
        final List<GenBox> readers = new ArrayList<>();
        final List<GenBox> sizes = new ArrayList<>();

        Group(String name) {
            this.name = name;
        }
    }

    Translated translate(GenBox box, String id, Rect rect) {
        return byGenId.get(box.id());
    }

    static Tables scan(Importer importer, String path, GenPatcher patcher, Map<String, String> ids, BoxTranslator boxes) {
        Tables tables = new Tables();
        Map<String, Group> groups = new LinkedHashMap<>();
        StringBuilder code = new StringBuilder();
        for (GenBox box : patcher.boxes()) {
            if (box.code() != null) {
                code.append('\n').append(box.code());
            }
            if (!box.maxclass().equals("newobj") || box.text() == null) {
                continue;
            }
            GenText text = GenText.parse(box.text());
            if (text.name().equals("expr")) {
                code.append('\n').append(box.text());
            }
        }
        for (GenBox box : patcher.boxes()) {
            if (!box.maxclass().equals("newobj") || box.text() == null) {
                continue;
            }
            GenText text = GenText.parse(box.text());
            String kind = text.name();
            boolean data = kind.equals("data") || kind.equals("buffer");
            if (!data && !MEMBERS.contains(kind)) {
                continue;
            }
            String id = ids.get(box.id());
            if (text.args().isEmpty() || !BoxTranslator.isName(text.args().get(0))) {
                if (data) {
                    boxes.report(Code.GEN_TABLE_ARGUMENT, id, "\"" + box.text() + "\": a data needs a name first; left out");
                    tables.byGenId.put(box.id(), BoxTranslator.comment(id, box.rect() == null ? new Rect(15, 15, 60, 22)
                            : box.rect(), box.text()));
                } else if (!(kind.equals("sample") || kind.equals("dim") || kind.equals("channels"))
                        || text.args().isEmpty()) {
                    tables.silent(boxes, box, id, Code.GEN_TABLE_UNKNOWN, "\"" + box.text()
                            + "\" names no data; it reads silence");
                }
                continue;
            }
            String name = text.args().get(0);
            Group group = groups.computeIfAbsent(name, Group::new);
            if (data) {
                if (group.data != null) {
                    boxes.report(Code.GEN_TABLE_DUPLICATE, id, "\"" + box.text() + "\": a data named " + name
                            + " is already in this patcher; this one is left out");
                    tables.byGenId.put(box.id(), BoxTranslator.comment(id, rect(box), box.text()));
                    continue;
                }
                group.data = box;
                group.dataId = id;
            } else if (kind.equals("poke")) {
                group.pokes.add(box);
            } else if (READERS.contains(kind)) {
                group.readers.add(box);
            } else {
                group.sizes.add(box);
            }
        }
        int[] nextId = {firstFree(ids)};
        for (Group group : groups.values()) {
            tables.translateGroup(importer, path, patcher, ids, boxes, group, containsWord(code.toString(), group.name),
                    nextId);
        }
        return tables;
    }

    private void translateGroup(Importer importer, String path, GenPatcher patcher, Map<String, String> ids,
                                BoxTranslator boxes, Group group, boolean inCode, int[] nextId) {
        List<GenBox> members = new ArrayList<>(group.pokes);
        members.addAll(group.readers);
        members.addAll(group.sizes);
        if (inCode && members.isEmpty() && group.data != null) {
            Translated owned = OwnedData.dataBox(boxes, patcher, group.data, group.dataId); // gt-expr: a codebox owns it
            if (owned != null) {
                byGenId.put(group.data.id(), owned);
                return;
            }
        }
        if (inCode) {
            for (GenBox box : members) {
                silent(boxes, box, ids.get(box.id()), Code.GEN_TABLE_SHARED_WITH_CODE, "\"" + box.text() + "\": the table "
                        + group.name + " is also named by a codebox; a table shared between a codebox and patcher boxes"
                        + " is not translated yet, so this box reads silence");
            }
            if (group.data != null && !members.isEmpty()) {
                silent(boxes, group.data, group.dataId, Code.GEN_TABLE_SHARED_WITH_CODE, "\"" + group.data.text()
                        + "\": this table is named by a codebox and by patcher boxes, which is not translated yet; it"
                        + " reads silence. Substitute: move the patcher's pokes and reads of it into the codebox");
            }
            return;
        }
        if (group.data == null) {
            for (GenBox box : members) {
                silent(boxes, box, ids.get(box.id()), Code.GEN_TABLE_UNKNOWN, "\"" + box.text() + "\": no data named "
                        + group.name + " in this patcher level (tables are not shared across levels); it reads silence");
            }
            return;
        }
        GenText dataText = GenText.parse(group.data.text());
        BufferTable buffer = dataText.name().equals("buffer") ? BufferBoxes.table(importer, group, boxes) : null;
        int dim = buffer != null ? buffer.dim() : wholeNumber(dataText.args(), 1, 512);
        int channels = buffer != null ? buffer.channels() : wholeNumber(dataText.args(), 2, 1);
        if (dim < 1 || channels < 1) {
            boxes.report(Code.GEN_TABLE_ARGUMENT, group.dataId, "\"" + group.data.text() + "\": the size and the channel"
                    + " count must be whole numbers from 1; the table and the boxes naming it read silence");
            byGenId.put(group.data.id(), BoxTranslator.comment(group.dataId, rect(group.data), group.data.text()));
            for (GenBox box : members) {
                silent(boxes, box, ids.get(box.id()), Code.GEN_TABLE_ARGUMENT, "\"" + box.text() + "\": its data "
                        + group.name + " is not valid; it reads silence");
            }
            return;
        }
        TableCode table = new TableCode(group, dim, channels, patcher, boxes, ids);
        if (buffer != null) {
            table.content(buffer.content());
        }
        String codeId = group.dataId;
        String faust = table.faust();
        Translated dataBox = new Translated(new Box(codeId, "code @ins " + table.inputs() + " @outs " + table.outputs(),
                rect(group.data), JsonObject.EMPTY.with("value", new JsonString(faust)), null, null,
                JsonObject.EMPTY), new PortMap(new int[0], new int[0]));
        byGenId.put(group.data.id(), dataBox);
        String[] constants = {"gen.dim " + dim, "gen.channels " + channels};
        for (int k = 0; k < 2; k++) {
            if (table.outletUsed(group.data, k)) {
                String id = "box-" + nextId[0]++;
                Rect at = rect(group.data);
                dataBox.extraBoxes.add(new Box(id, constants[k], new Rect(at.x() + 90 * k, at.y() + 30, 85, 22)));
                dataBox.outletSources.put(k, new Port(id, 0));
            }
        }
        for (GenBox box : group.sizes) {
            String kind = GenText.parse(box.text()).name();
            String id = ids.get(box.id());
            byGenId.put(box.id(), BoxTranslator.simple(id, kind.equals("dim") ? constants[0] : constants[1], rect(box), 0, 1));
        }
        for (int k = 0; k < group.pokes.size(); k++) {
            GenBox poke = group.pokes.get(k);
            Translated place = member(ids.get(poke.id()), poke, group.name);
            boolean late = table.late(k);
            int[] inlets = table.pokeInlets(k);
            for (int i = 0; i < inlets.length; i++) {
                if (inlets[i] < 0) {
                    continue;
                }
                if (late) {
                    String memId = "box-" + nextId[0]++;
                    Rect at = rect(poke);
                    place.extraBoxes.add(new Box(memId, "mem", new Rect(at.x() + 36 * i, Math.max(0, at.y() - 26), 34, 22)));
                    place.extraLines.add(new Port[] {new Port(memId, 0), new Port(codeId, inlets[i])});
                    place.inletTargets.put(i, List.of(new Port(memId, 0)));
                } else {
                    place.inletTargets.put(i, List.of(new Port(codeId, inlets[i])));
                }
            }
            for (String problem : table.pokeProblems(k)) {
                boxes.report(Code.GEN_TABLE_APPROXIMATE, ids.get(poke.id()), "\"" + poke.text() + "\": " + problem);
            }
            byGenId.put(poke.id(), place);
        }
        for (int r = 0; r < group.readers.size(); r++) {
            GenBox reader = group.readers.get(r);
            Translated place = member(ids.get(reader.id()), reader, group.name);
            int[] inlets = table.readerInlets(r);
            String indexBox = null;
            if (table.indexOutletUsed(r)) {
                indexBox = "box-" + nextId[0]++;
                Rect at = rect(reader);
                boolean fed = inlets.length > 0 && inlets[0] >= 0;
                place.extraBoxes.add(new Box(indexBox, "code @ins " + (fed ? 1 : 0) + " @outs 1",
                        new Rect(at.x(), at.y() + 26, 120, 22), JsonObject.EMPTY.with("value",
                        new JsonString(table.indexFaust(r))), null, null, JsonObject.EMPTY));
                place.outletSources.put(table.readerChannels(r), new Port(indexBox, 0));
            }
            for (int i = 0; i < inlets.length; i++) {
                if (inlets[i] < 0) {
                    continue;
                }
                List<Port> targets = new ArrayList<>();
                if (table.readerLate(r)) {
                    String memId = "box-" + nextId[0]++;
                    Rect at = rect(reader);
                    place.extraBoxes.add(new Box(memId, "mem", new Rect(at.x() + 36 * i, Math.max(0, at.y() - 26), 34, 22)));
                    place.extraLines.add(new Port[] {new Port(memId, 0), new Port(codeId, inlets[i])});
                    targets.add(new Port(memId, 0));
                } else {
                    targets.add(new Port(codeId, inlets[i]));
                }
                if (i == 0 && indexBox != null) {
                    targets.add(new Port(indexBox, 0));
                }
                place.inletTargets.put(i, targets);
            }
            int first = table.firstOutput(r);
            for (int c = 0; c < table.readerChannels(r); c++) {
                place.outletSources.put(c, new Port(codeId, first + c));
            }
            for (String problem : table.readerProblems(r)) {
                boxes.report(Code.GEN_TABLE_APPROXIMATE, ids.get(reader.id()), "\"" + reader.text() + "\": " + problem);
            }
            byGenId.put(reader.id(), place);
        }
    }

    /** A poke or reader's place: a comment with its Gen text; its cords go to the data's code box. */
    private static Translated member(String id, GenBox box, String name) {
        return BoxTranslator.comment(id, rect(box), box.text() + "  (computed in data " + name + ")");
    }

    private void silent(BoxTranslator boxes, GenBox box, String id, Code code, String message) {
        boxes.report(code, id, message);
        byGenId.put(box.id(), boxes.placeholder(box, id, rect(box), GenText.parse(box.text()).name()));
    }

    static Rect rect(GenBox box) {
        return box.rect() != null ? box.rect() : new Rect(15, 15, 60, 22);
    }

    /** Argument {@code at} as a whole number, {@code fallback} when absent, -1 when not a positive whole number. */
    static int wholeNumber(List<String> args, int at, int fallback) {
        if (args.size() <= at) {
            return fallback;
        }
        ArgValue value = ArgExpressions.read(args.get(at));
        double v = value.value();
        if (!value.readable() || Double.isNaN(v) || v < 1 || v > 16777216 || v != Math.floor(v)) {
            return -1;
        }
        return (int) v;
    }

    static boolean containsWord(String text, String word) {
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            int end = at + word.length();
            boolean before = at == 0 || !isWordChar(text.charAt(at - 1));
            boolean after = end >= text.length() || !isWordChar(text.charAt(end));
            if (before && after) {
                return true;
            }
            from = at + 1;
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static int firstFree(Map<String, String> ids) {
        int max = 0;
        for (String id : ids.values()) {
            String number = id.substring(id.lastIndexOf('-') + 1);
            if (!number.isEmpty() && number.length() < 9 && Numbers.isIntText(number)) {
                max = Math.max(max, Integer.parseInt(number));
            }
        }
        return max + 1;
    }

    /** Whether a Gen cord has an end at a table box whose ports went to other boxes. */
    static boolean rerouted(Translated source, Translated dest, GenLine line) {
        return source != null && dest != null && (source.outletSources.containsKey(line.sourcePort())
                || dest.inletTargets.containsKey(line.destPort()));
    }

    /** Adds the imported line(s) of a rerouted Gen cord. */
    static int reroute(Translated source, Translated dest, GenLine line, TreeMap<String, Line> lines, int next,
                       Map<String, String> afterIds) {
        Port from = source.outletSources.get(line.sourcePort());
        if (from == null) {
            int out = source.ports.outlet(line.sourcePort());
            if (out < 0) {
                return next;
            }
            // An in with @min/@max: its clamp box takes over its cords.
            from = new Port(afterIds.getOrDefault(source.box.id(), source.box.id()), out);
        }
        List<Port> targets = dest.inletTargets.get(line.destPort());
        if (targets == null) {
            int in = dest.ports.inlet(line.destPort());
            targets = in < 0 ? List.of() : List.of(new Port(dest.box.id(), in));
        }
        for (Port target : targets) {
            while (lines.containsKey("line-" + next)) {
                next++;
            }
            String id = "line-" + next++;
            lines.put(id, new Line(id, from, target));
        }
        return next;
    }

    /** The lines the table boxes bring along (a mem into the data's code box). */
    static int addExtras(Collection<Translated> translated, TreeMap<String, Box> boxes, TreeMap<String, Line> lines,
                         int next) {
        for (Translated result : translated) {
            for (Port[] line : result.extraLines) {
                while (lines.containsKey("line-" + next)) {
                    next++;
                }
                String id = "line-" + next++;
                lines.put(id, new Line(id, line[0], line[1]));
            }
        }
        return next;
    }
}
