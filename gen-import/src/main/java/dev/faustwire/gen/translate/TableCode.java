package dev.faustwire.gen.translate;

import dev.faustwire.core.json.Numbers;
import dev.faustwire.gen.read.GenBox;
import dev.faustwire.gen.read.GenLine;
import dev.faustwire.gen.read.GenPatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The Faust text of one data's code box: its inlets (the connected inlets of its pokes, then of its readers, in the
 * file's order), its outlets (each reader's channels), gen.store_rd over the pokes' writes, gen.data_read (or
 * gen.wave) per reader channel with the reader's attributes and Gen's defaults. Pokes with an overdub inlet make the
 * writes go round a {@code ~} (one sample late, each overdub reading the table before the writes of its sample).
 */
final class TableCode {
    private static final String[] INDEX_WORDS = {"samples", "phase", "lookup"};
    private static final String[] INTERP_WORDS = {"none", "step", "linear", "cosine", "cubic", "fastcubic", "spline"};
    private static final String[] BOUND_WORDS = {"ignore", "wrap", "fold", "mirror", "clip"};

    private final Tables.Group group;
    private final int dim;
    private final int channels;
    private final GenPatcher patcher;
    private final TreeSet<String> connected = new TreeSet<>();
    private final List<int[]> pokeInlets = new ArrayList<>();
    private final List<int[]> readerInlets = new ArrayList<>();
    private final List<List<String>> pokeProblems = new ArrayList<>();
    private final List<List<String>> readerProblems = new ArrayList<>();
    private final List<int[]> readerModes = new ArrayList<>();
    private final List<Integer> firstOutputs = new ArrayList<>();
    private final boolean[] readerLate;
    private boolean late;
    private boolean overdub;
    /** The table's content before any poke, a Faust function of the flat index (a buffer's: its file's). */
    private String content = "\\(j).(0.0)";
    private int inputs;
    private int outputs;

    TableCode(Tables.Group group, int dim, int channels, GenPatcher patcher, BoxTranslator boxes, Map<String, String> ids) {
        this.group = group;
        this.dim = dim;
        this.channels = channels;
        this.patcher = patcher;
        for (GenLine line : patcher.lines()) {
            connected.add(line.destId() + "#" + line.destPort());
            connected.add("out " + line.sourceId() + "#" + line.sourcePort());
        }
        for (GenBox poke : group.pokes) {
            int[] inlets = new int[4];
            for (int i = 0; i < 4; i++) {
                inlets[i] = connected.contains(poke.id() + "#" + i) ? inputs++ : -1;
            }
            overdub |= inlets[3] >= 0;
            pokeInlets.add(inlets);
            pokeProblems.add(new ArrayList<>());
        }
        for (GenBox reader : group.readers) {
            GenText text = GenText.parse(reader.text());
            int count = text.name().equals("wave") ? 4 : 2;
            int[] inlets = new int[count];
            for (int i = 0; i < count; i++) {
                inlets[i] = connected.contains(reader.id() + "#" + i) ? inputs++ : -1;
            }
            readerInlets.add(inlets);
            List<String> problems = new ArrayList<>();
            readerModes.add(modes(text, problems));
            readerProblems.add(problems);
            firstOutputs.add(outputs);
            outputs += readerModes.get(readerModes.size() - 1)[3];
        }
        readerLate = new boolean[group.readers.size()];
        findLoops();
        for (int k = 0; k < group.pokes.size(); k++) {
            GenText text = GenText.parse(group.pokes.get(k).text());
            String mode = text.attribute("overdubmode");
            if (mode != null && !mode.equals("accum")) {
                pokeProblems.get(k).add("@overdubmode " + mode + " is not translated; accum (old * overdub + value) is used");
            }
            if (late && pokeInlets.get(k)[3] >= 0) {
                pokeProblems.get(k).add("an overdub poke in a loop through its table writes two samples late, not one");
            }
        }
    }

    /** @index, @interp, @boundmode, @channels, channel mode (0 ignore, 1 clamp), default channel, by Gen's defaults. */
    private int[] modes(GenText text, List<String> problems) {
        String kind = text.name();
        int[] defaults = kind.equals("peek") ? new int[] {0, 0, 0, 0} : kind.equals("nearest") ? new int[] {1, 0, 0, 0}
                : kind.equals("sample") ? new int[] {1, 2, 0, 0} : kind.equals("lookup") ? new int[] {2, 2, 4, 1}
                : new int[] {0, 2, 1, 1};
        int index = word(text, "index", INDEX_WORDS, defaults[0], problems);
        int interp = word(text, "interp", INTERP_WORDS, defaults[1], problems);
        int bound = word(text, "boundmode", BOUND_WORDS, defaults[2], problems);
        if (kind.equals("wave") && (text.attribute("index") != null || text.attribute("interp") != null
                || text.attribute("boundmode") != null)) {
            problems.add("@index, @interp and @boundmode of wave are not translated; wave reads linear and wrapping");
        }
        // A reader's second argument is its channel count, as @channels (the corpus' "sample drumloop_wav 2" has 3 outlets).
        int count = text.args().size() > 1 && smallInt(text.args().get(1)) >= 1 && smallInt(text.args().get(1)) <= 64
                ? smallInt(text.args().get(1)) : 1;
        String n = text.attribute("channels");
        if (n != null) {
            count = smallInt(n) >= 1 && smallInt(n) <= 64 ? smallInt(n) : 1;
            if (count == 1 && !n.equals("1")) {
                problems.add("@channels " + n + " is not a channel count; 1 is used");
            }
        }
        int channelMode = defaults[3];
        String cm = text.attribute("channelmode");
        if (cm != null) {
            channelMode = cm.equals("ignore") ? 0 : 1;
            if (!cm.equals("ignore") && !cm.equals("clamp") && !cm.equals("clip")) {
                problems.add("@channelmode " + cm + " is not translated; clamp is used");
            }
        }
        return new int[] {index, interp, bound, count, channelMode, 0};
    }

    private static int word(GenText text, String attribute, String[] words, int fallback, List<String> problems) {
        String value = text.attribute(attribute);
        if (value == null) {
            return fallback;
        }
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals(value)) {
                return i;
            }
        }
        if (attribute.equals("index") && value.equals("signal")) {
            return 2;
        }
        if (attribute.equals("boundmode") && value.equals("clamp")) {
            return 4;
        }
        if (smallInt(value) >= 0 && smallInt(value) < words.length) {
            return smallInt(value);
        }
        problems.add("@" + attribute + " " + value + " is not translated; " + words[fallback] + " is used");
        return fallback;
    }

    /**
     * A read of this table feeding, with no history (nor a delay's input) on the way, a poke or a reader of it is a
     * loop through the one code box: the pokes then all take their inputs one sample late, a reader is reported.
     */
    private void findLoops() {
        TreeSet<String> seen = new TreeSet<>();
        List<String> todo = new ArrayList<>();
        for (int r = 0; r < group.readers.size(); r++) {
            for (GenLine line : patcher.lines()) {
                if (line.sourceId().equals(group.readers.get(r).id()) && line.sourcePort() < readerModes.get(r)[3]) {
                    visit(line, seen, todo);
                }
            }
        }
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            for (GenLine line : patcher.lines()) {
                if (line.sourceId().equals(id)) {
                    visit(line, seen, todo);
                }
            }
        }
    }

    private void visit(GenLine line, TreeSet<String> seen, List<String> todo) {
        String dest = line.destId();
        for (GenBox poke : group.pokes) {
            if (poke.id().equals(dest)) {
                late = true;
                return;
            }
        }
        for (int r = 0; r < group.readers.size(); r++) {
            if (group.readers.get(r).id().equals(dest) && !readerLate[r]) {
                readerLate[r] = true;
                readerProblems.get(r).add("it reads a position computed from a read of the same table: its inputs are one"
                        + " sample late (mem) to keep the table's code box out of a loop");
            }
        }
        GenBox box = find(dest);
        if (box == null || box.text() == null) {
            return;
        }
        String name = GenText.parse(box.text()).name();
        if (name.equals("history") || (name.equals("delay") && line.destPort() == 0)) {
            return;
        }
        if (seen.add(dest)) {
            todo.add(dest);
        }
    }

    private GenBox find(String genId) {
        for (GenBox box : patcher.boxes()) {
            if (box.id().equals(genId)) {
                return box;
            }
        }
        return null;
    }

    int inputs() {
        return inputs;
    }

    int outputs() {
        return outputs;
    }

    boolean late(int poke) {
        return late;
    }

    boolean readerLate(int reader) {
        return readerLate[reader];
    }

    int[] pokeInlets(int poke) {
        return pokeInlets.get(poke);
    }

    int[] readerInlets(int reader) {
        return readerInlets.get(reader);
    }

    List<String> pokeProblems(int poke) {
        return pokeProblems.get(poke);
    }

    List<String> readerProblems(int reader) {
        return readerProblems.get(reader);
    }

    int readerChannels(int reader) {
        return readerModes.get(reader)[3];
    }

    int firstOutput(int reader) {
        return firstOutputs.get(reader);
    }

    boolean outletUsed(GenBox box, int port) {
        return connected.contains("out " + box.id() + "#" + port);
    }

    /** Whether the reader's extra index outlet (after its channels, when the file has it) is connected. */
    boolean indexOutletUsed(int reader) {
        GenBox box = group.readers.get(reader);
        int index = readerChannels(reader);
        return box.numOutlets() == index + 1 && outletUsed(box, index);
    }

    /** The index outlet: the position as a sample index by the reader's @index (our reading: before floor). */
    String indexFaust(int reader) {
        GenBox box = group.readers.get(reader);
        int index = readerModes.get(reader)[0];
        String body = readerInlets.get(reader)[0] < 0 ? "0" : index == 0 ? "_" : index == 1 ? "*(" + (dim - 1) + ")"
                : "+(1.0) : *(" + Numbers.format((dim - 1) * 0.5) + ")";
        return "// the index outlet of \"" + box.text() + "\": its position in samples\nprocess = " + body + ";\n";
    }

    /** Sets the content before any poke (a buffer's file), a Faust function of the flat index. */
    TableCode content(String function) {
        this.content = function;
        return this;
    }

    /** The code box's Faust program. */
    String faust() {
        StringBuilder out = new StringBuilder();
        out.append("// data ").append(group.name).append(' ').append(dim).append(' ').append(channels)
                .append(": the table of Gen's \"").append(group.data.text()).append("\" with its ")
                .append(group.pokes.size()).append(" poke(s) and ").append(group.readers.size()).append(" reader(s).\n");
        for (GenBox box : group.pokes) {
            out.append("//   ").append(box.text()).append('\n');
        }
        for (GenBox box : group.readers) {
            out.append("//   ").append(box.text()).append('\n');
        }
        int pokes = group.pokes.size();
        StringBuilder params = new StringBuilder();
        for (int i = 0; i < inputs; i++) {
            params.append(params.length() == 0 ? "" : ", ").append("in").append(i);
        }
        StringBuilder defs = new StringBuilder();
        StringBuilder writes = new StringBuilder();
        StringBuilder fed = new StringBuilder();
        for (int k = 0; k < pokes; k++) {
            int[] in = pokeInlets.get(k);
            GenText text = GenText.parse(group.pokes.get(k).text());
            List<String> problems = pokeProblems.get(k);
            int index = word(text, "index", INDEX_WORDS, 0, problems);
            int bound = word(text, "boundmode", BOUND_WORDS, 0, problems);
            String channel = text.args().size() > 1 && smallInt(text.args().get(1)) >= 0
                    ? Integer.toString(smallInt(text.args().get(1))) : "0";
            defs.append("    p").append(k).append("f = gen.poke_frame(").append(dim).append(", ").append(index).append(", ")
                    .append(bound).append(", ").append(input(in[1], "0")).append(");\n");
            defs.append("    p").append(k).append("c = ").append(input(in[2], channel)).append(";\n");
            if (overdub && in[3] >= 0) {
                defs.append("    p").append(k).append("v = ").append(input(in[0], "0")).append(" + ").append(input(in[3], "0"))
                        .append(" * p").append(k).append("old;\n");
                defs.append("    p").append(k).append("old = ");
                StringBuilder old = new StringBuilder("tbl(p" + k + "c, p" + k + "f)");
                for (int e = 0; e < k; e++) {
                    old = new StringBuilder("select2((p" + e + "f == p" + k + "f) & (int(floor(p" + e + "c)) == int(floor(p" + k
                            + "c))), " + old + ", p" + e + "v)");
                }
                defs.append(old).append(";\n");
            } else {
                defs.append("    p").append(k).append("v = ").append(input(in[0], "0")).append(";\n");
            }
            writes.append(k == 0 ? "" : ", ").append("p").append(k).append("v, p").append(k).append("f, p").append(k).append("c");
            fed.append(k == 0 ? "" : ", ").append("w").append(k).append("v, w").append(k).append("f, w").append(k).append("c");
        }
        String list = overdub ? fed.toString() : writes.toString();
        defs.append("    tbl(c) = gen.store_rd(").append(dim).append(", ").append(channels).append(", ").append(content).append(", ").append(pokes)
                .append(", ").append(pokes == 0 ? "0" : "(" + list + ")").append(", c);\n");
        StringBuilder reads = new StringBuilder();
        for (int r = 0; r < group.readers.size(); r++) {
            int[] m = readerModes.get(r);
            int[] in = readerInlets.get(r);
            boolean wave = GenText.parse(group.readers.get(r).text()).name().equals("wave");
            String channelIn = input(in[in.length - 1], Integer.toString(m[5]));
            for (int c = 0; c < m[3]; c++) {
                String ch = "(floor(" + channelIn + ") + " + c + ")";
                String read = wave ? "gen.wave(" + dim + ", tbl(" + ch + "), " + input(in[0], "0") + ", " + input(in[1], "0")
                        + ", " + input(in[2], "0") + ")"
                        : "gen.data_read(" + dim + ", " + m[0] + ", " + m[1] + ", " + m[2] + ", tbl(" + ch + "), "
                        + input(in[0], "0") + ")";
                if (m[4] == 0) {
                    read = "select2((" + ch + " < 0) | (" + ch + " >= " + channels + "), " + read + ", 0)";
                }
                reads.append(reads.length() == 0 ? "" : ",\n        ").append(read);
            }
        }
        String result = reads.length() == 0 ? "0" : reads.toString();
        if (outputs == 0) {
            outputs = 1;
        }
        if (!overdub) {
            out.append("process").append(inputs == 0 ? "" : "(" + params + ")").append(" = ").append(result)
                    .append("\nwith {\n").append(defs).append("};\n");
            return out.toString();
        }
        out.append("// the pokes overdub: their writes go round a ~, one sample late, each reading the table before them\n");
        out.append("process = body ~ par(i, ").append(3 * pokes).append(", _) : par(i, ").append(3 * pokes)
                .append(", !), par(i, ").append(outputs).append(", _)\nwith {\n    body(").append(fed)
                .append(inputs == 0 ? "" : ", " + params).append(") = ").append(writes).append(",\n        ")
                .append(result).append("\n    with {\n").append(defs).append("    };\n};\n");
        return out.toString();
    }

    /** A whole number of at most 6 digits, or -1. */
    static int smallInt(String text) {
        if (text.isEmpty() || text.length() > 6) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static String input(int inlet, String fallback) {
        return inlet < 0 ? fallback : "in" + inlet;
    }
}
