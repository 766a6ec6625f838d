package dev.faustwire.codegen;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The boxes of one patch level with their meaning, and the lines between ports that exist. A
 * {@code receive} box gets one hidden inlet fed by whatever feeds the sends of its name.
 */
final class Graph {
    final Names names;
    final List<String> order;
    /** Maps keyed by box id are filled in graph order: lookups are constant time, iteration is ordered. */
    final Map<String, BoxSpec> specs;
    /** Per box id, per inlet, the outlets feeding it, ordered by box number then outlet, each once. */
    final Map<String, List<List<Port>>> inbound;
    final Map<String, Outlets> usedOutlets;
    /** Per box id, {@code Kind_N}: the name its definitions start with. */
    private final Map<String, String> heads;
    private final Map<String, String[]> outletNames;
    private Map<String, Integer> positions;

    Graph(Patch patch, Context context) {
        int capacity = 2 * patch.boxes().size() + 1;
        specs = new LinkedHashMap<>(capacity);
        inbound = new LinkedHashMap<>(capacity);
        usedOutlets = new LinkedHashMap<>(capacity);
        heads = new LinkedHashMap<>(capacity);
        outletNames = new LinkedHashMap<>(capacity);
        names = new Names(patch.boxes().keySet());
        order = names.ordered();
        BoxAnalyzer analyzer = new BoxAnalyzer(context, patch);
        for (String id : order) {
            BoxSpec spec = analyzer.analyze(patch.box(id));
            if (spec != null) {
                specs.put(id, spec);
                heads.put(id, spec.kind() + "_" + names.number(id));
                List<List<Port>> inlets = new ArrayList<>(spec.inlets() + 1);
                int count = spec.role() == BoxSpec.Role.RECEIVE ? 1 : spec.inlets();
                for (int i = 0; i < count; i++) {
                    inlets.add(new ArrayList<>(1));
                }
                inbound.put(id, inlets);
                usedOutlets.put(id, new Outlets());
            }
        }
        for (Line line : patch.lines().values()) {
            connect(patch, line, context);
        }
        connectReceives(context);
        Comparator<Port> bySource = Comparator.comparingInt((Port p) -> names.number(p.boxId())).thenComparingInt(Port::index);
        for (List<List<Port>> inlets : inbound.values()) {
            for (List<Port> sources : inlets) {
                if (sources.size() < 2) {
                    continue;
                }
                sources.sort(bySource);
                for (int i = sources.size() - 1; i > 0; i--) {
                    if (sources.get(i).equals(sources.get(i - 1))) {
                        sources.remove(i);
                    }
                }
            }
        }
    }

    private void connect(Patch patch, Line line, Context context) {
        Box src = patch.box(line.src().boxId());
        Box dest = patch.box(line.dest().boxId());
        if (src == null || dest == null) {
            return;
        }
        BoxSpec srcSpec = specs.get(src.id());
        BoxSpec destSpec = specs.get(dest.id());
        if (srcSpec == null || destSpec == null) {
            return;
        }
        int outlet = line.src().index();
        int inlet = line.dest().index();
        if (outlet < 0 || outlet >= srcSpec.outlets()) {
            context.errorAtPort(Code.PORT_OUT_OF_RANGE, src.id(), line.id(), outlet, "line " + line.id() + " leaves outlet "
                    + outlet + " of " + src.id() + " \"" + src.text() + "\", which has " + plural(srcSpec.outlets(), "outlet"));
            return;
        }
        if (inlet < 0 || inlet >= destSpec.inlets()) {
            context.errorAtPort(Code.PORT_OUT_OF_RANGE, dest.id(), line.id(), inlet, "line " + line.id() + " enters inlet "
                    + inlet + " of " + dest.id() + " \"" + dest.text() + "\", which has " + plural(destSpec.inlets(), "inlet"));
            return;
        }
        inbound.get(dest.id()).get(inlet).add(new Port(src.id(), outlet));
        usedOutlets.get(src.id()).add(outlet);
    }

    /** Feeds each receive with the sources of every send of its name; a receive with no send reads silence. */
    private void connectReceives(Context context) {
        for (String receive : order) {
            BoxSpec spec = specs.get(receive);
            if (spec == null || spec.role() != BoxSpec.Role.RECEIVE) {
                continue;
            }
            List<Port> sources = inbound.get(receive).get(0);
            boolean sent = false;
            for (String send : order) {
                BoxSpec other = specs.get(send);
                if (other != null && other.role() == BoxSpec.Role.SEND && other.channelName().equals(spec.channelName())) {
                    sent = true;
                    for (Port source : inbound.get(send).get(0)) {
                        sources.add(source);
                        usedOutlets.get(source.boxId()).add(source.index());
                    }
                }
            }
            if (!sent) {
                context.error(Code.RECEIVE_WITHOUT_SEND, receive, "no send is called \"" + spec.channelName()
                        + "\" in this patch, so this receive reads silence");
            }
        }
    }

    private static String plural(int n, String noun) {
        return n == 0 ? "no " + noun + "s" : n == 1 ? "1 " + noun : n + " " + noun + "s";
    }

    /** The position of each box id in {@link #order}. */
    Map<String, Integer> positions() {
        if (positions == null) {
            positions = new LinkedHashMap<>();
            for (int i = 0; i < order.size(); i++) {
                positions.put(order.get(i), i);
            }
        }
        return positions;
    }

    /** Whether a definition name {@code Kind_N_k} would be one of this level's, so that it hides an outer one. */
    boolean defines(String definition) {
        int end = definition.lastIndexOf('_');
        return end > 0 && heads.containsValue(definition.substring(0, end));
    }

    /** {@code Kind_N} of a box that has a meaning. */
    String head(String id) {
        return heads.get(id);
    }

    /** {@code Kind_N_outlet}, made once per outlet: string building is what costs most in the browser. */
    String name(String id, int outlet) {
        String[] names = outletNames.get(id);
        if (names == null) {
            names = new String[graphOutlets(id)];
            outletNames.put(id, names);
        }
        if (outlet >= names.length) {
            return heads.get(id) + "_" + outlet;
        }
        if (names[outlet] == null) {
            names[outlet] = heads.get(id) + "_" + outlet;
        }
        return names[outlet];
    }

    private int graphOutlets(String id) {
        return Math.max(0, specs.get(id).outlets());
    }
}
