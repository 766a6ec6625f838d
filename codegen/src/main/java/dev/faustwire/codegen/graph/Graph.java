package dev.faustwire.codegen.graph;

import dev.faustwire.codegen.read.BoxSpec;
import dev.faustwire.codegen.read.Boxes;
import dev.faustwire.codegen.read.Names;
import dev.faustwire.core.model.Port;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The boxes of one patch level with their meaning, and the lines between ports that exist, as
 * {@link BuildGraph} keeps them. A {@code receive} box has one hidden inlet.
 */
public final class Graph {
    public final Names names;
    public final List<String> order;
    /** Maps keyed by box id are filled in graph order: lookups are constant time, iteration is ordered. */
    public final Map<String, BoxSpec> specs;
    /** Per box id, per inlet, the outlets feeding it, ordered by box number then outlet, each once. */
    public final Map<String, List<List<Port>>> inbound;
    public final Map<String, Outlets> usedOutlets;
    /** Per box id, {@code Kind_N}: the name its definitions start with. */
    private final Map<String, String> heads;
    private final Map<String, String[]> outletNames;
    private Map<String, Integer> positions;

    /** The boxes without lines yet: every inlet empty, every outlet unused. */
    Graph(Boxes boxes) {
        int capacity = 2 * boxes.specs().size() + 1;
        names = boxes.names();
        order = boxes.order();
        specs = boxes.specs();
        heads = boxes.heads();
        inbound = new LinkedHashMap<>(capacity);
        usedOutlets = new LinkedHashMap<>(capacity);
        outletNames = new LinkedHashMap<>(capacity);
        for (Map.Entry<String, BoxSpec> entry : specs.entrySet()) {
            BoxSpec spec = entry.getValue();
            int count = spec.role() == BoxSpec.Role.RECEIVE ? 1 : spec.inlets();
            List<List<Port>> inlets = new ArrayList<>(count + 1);
            for (int i = 0; i < count; i++) {
                inlets.add(new ArrayList<>(1));
            }
            inbound.put(entry.getKey(), inlets);
            usedOutlets.put(entry.getKey(), new Outlets());
        }
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
    public boolean defines(String definition) {
        int end = definition.lastIndexOf('_');
        return end > 0 && heads.containsValue(definition.substring(0, end));
    }

    /** {@code Kind_N} of a box that has a meaning. */
    public String head(String id) {
        return heads.get(id);
    }

    /** {@code Kind_N_outlet}, made once per outlet: string building is what costs most in the browser. */
    public String name(String id, int outlet) {
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
