package dev.faustwire.codegen.graph;

import dev.faustwire.codegen.read.BoxSpec;
import dev.faustwire.codegen.read.Boxes;
import dev.faustwire.codegen.read.Context;
import dev.faustwire.core.diag.Code;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import java.util.Comparator;
import java.util.List;

/**
 * Pass 3, build the graph: keeps the lines between ports that exist (E006 for the others), and
 * feeds each {@code receive} box, through one hidden inlet, with whatever feeds the sends of its
 * name (W002 when there is none); W004 for an ondemand box whose clock inlet nothing feeds.
 */
public final class BuildGraph {
    private BuildGraph() {
    }

    public static Graph run(Patch patch, Boxes boxes, Context context) {
        Graph graph = new Graph(boxes);
        for (Line line : patch.lines().values()) {
            connect(graph, patch, line, context);
        }
        connectReceives(graph, context);
        warnUnclocked(graph, context);
        Comparator<Port> bySource = Comparator.comparingInt((Port p) -> graph.names.number(p.boxId()))
                .thenComparingInt(Port::index);
        for (List<List<Port>> inlets : graph.inbound.values()) {
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
        return graph;
    }

    private static void connect(Graph graph, Patch patch, Line line, Context context) {
        Box src = patch.box(line.src().boxId());
        Box dest = patch.box(line.dest().boxId());
        if (src == null || dest == null) {
            return;
        }
        BoxSpec srcSpec = graph.specs.get(src.id());
        BoxSpec destSpec = graph.specs.get(dest.id());
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
        graph.inbound.get(dest.id()).get(inlet).add(new Port(src.id(), outlet));
        graph.usedOutlets.get(src.id()).add(outlet);
    }

    /** W004 on each ondemand box whose clock inlet nothing feeds: its content never runs. */
    private static void warnUnclocked(Graph graph, Context context) {
        for (String id : graph.order) {
            BoxSpec spec = graph.specs.get(id);
            if (spec != null && spec.detail() instanceof BoxSpec.SubPatch sub && sub.onDemand()
                    && graph.inbound.get(id).get(0).isEmpty()) {
                context.error(Code.ONDEMAND_CLOCK_UNCONNECTED, id, "nothing is connected to the clock inlet (inlet 0) of"
                        + " this ondemand box, so its clock is 0: the content never runs and its outlets stay 0;"
                        + " connect a clock, such as \"clock.ms 250\"");
            }
        }
    }

    /** Feeds each receive with the sources of every send of its name; a receive with no send reads silence. */
    private static void connectReceives(Graph graph, Context context) {
        for (String receive : graph.order) {
            BoxSpec spec = graph.specs.get(receive);
            if (spec == null || spec.role() != BoxSpec.Role.RECEIVE) {
                continue;
            }
            List<Port> sources = graph.inbound.get(receive).get(0);
            boolean sent = false;
            for (String send : graph.order) {
                BoxSpec other = graph.specs.get(send);
                if (other != null && other.role() == BoxSpec.Role.SEND && other.channelName().equals(spec.channelName())) {
                    sent = true;
                    for (Port source : graph.inbound.get(send).get(0)) {
                        sources.add(source);
                        graph.usedOutlets.get(source.boxId()).add(source.index());
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
}
