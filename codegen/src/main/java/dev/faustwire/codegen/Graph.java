package dev.faustwire.codegen;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.stdlib.StdlibIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The boxes of a patch with their meaning, and the lines between ports that exist. */
final class Graph {
    final Names names;
    final List<String> order;
    final Map<String, BoxSpec> specs = new TreeMap<>();
    /** Per box id, per inlet, the outlets feeding it, ordered by box number then outlet. */
    final Map<String, List<List<Port>>> inbound = new TreeMap<>();
    final Map<String, TreeSet<Integer>> usedOutlets = new TreeMap<>();

    Graph(Patch patch, StdlibIndex stdlib, List<Diagnostic> diagnostics) {
        names = new Names(patch.boxes().keySet());
        order = names.ordered();
        BoxAnalyzer analyzer = new BoxAnalyzer(stdlib, diagnostics);
        for (String id : order) {
            BoxSpec spec = analyzer.analyze(patch.box(id));
            if (spec != null) {
                specs.put(id, spec);
                List<List<Port>> inlets = new ArrayList<>();
                for (int i = 0; i < spec.inlets(); i++) {
                    inlets.add(new ArrayList<>());
                }
                inbound.put(id, inlets);
                usedOutlets.put(id, new TreeSet<>());
            }
        }
        for (Line line : patch.lines().values()) {
            connect(patch, line, diagnostics);
        }
        Comparator<Port> bySource = Comparator.comparingInt((Port p) -> names.number(p.boxId())).thenComparingInt(Port::index);
        for (List<List<Port>> inlets : inbound.values()) {
            for (List<Port> sources : inlets) {
                sources.sort(bySource);
            }
        }
    }

    private void connect(Patch patch, Line line, List<Diagnostic> diagnostics) {
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
            diagnostics.add(new Diagnostic(Code.PORT_OUT_OF_RANGE.severity(), Code.PORT_OUT_OF_RANGE, src.id(), line.id(),
                    outlet, "line " + line.id() + " leaves outlet " + outlet + " of " + src.id() + " \"" + src.text()
                            + "\", which has " + plural(srcSpec.outlets(), "outlet")));
            return;
        }
        if (inlet < 0 || inlet >= destSpec.inlets()) {
            diagnostics.add(new Diagnostic(Code.PORT_OUT_OF_RANGE.severity(), Code.PORT_OUT_OF_RANGE, dest.id(), line.id(),
                    inlet, "line " + line.id() + " enters inlet " + inlet + " of " + dest.id() + " \"" + dest.text()
                            + "\", which has " + plural(destSpec.inlets(), "inlet")));
            return;
        }
        Port source = new Port(src.id(), outlet);
        List<Port> sources = inbound.get(dest.id()).get(inlet);
        if (!sources.contains(source)) {
            sources.add(source);
        }
        usedOutlets.get(src.id()).add(outlet);
    }

    private static String plural(int n, String noun) {
        return n == 0 ? "no " + noun + "s" : n == 1 ? "1 " + noun : n + " " + noun + "s";
    }

    /** Successor lists over box positions in {@link #order}; lines out of delay boxes are left out when asked. */
    List<List<Integer>> successors(boolean cutDelays) {
        Map<String, Integer> position = new TreeMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        List<List<Integer>> successors = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            successors.add(new ArrayList<>());
        }
        for (Map.Entry<String, List<List<Port>>> entry : inbound.entrySet()) {
            int dest = position.get(entry.getKey());
            for (List<Port> sources : entry.getValue()) {
                for (Port source : sources) {
                    if (cutDelays && specs.get(source.boxId()).isDelay()) {
                        continue;
                    }
                    List<Integer> next = successors.get(position.get(source.boxId()));
                    if (!next.contains(dest)) {
                        next.add(dest);
                    }
                }
            }
        }
        return successors;
    }
}
