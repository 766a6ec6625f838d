package dev.faustwire.codegen.check;

import dev.faustwire.codegen.graph.Graph;
import dev.faustwire.codegen.graph.NodeGraph;
import dev.faustwire.codegen.read.BoxSpec;
import dev.faustwire.codegen.read.Context;
import dev.faustwire.core.diag.Code;
import dev.faustwire.core.model.Port;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Pass 5, split voice and effect: the boxes the effect box's inlets need go to the effect, those
 * the out boxes need to the voice. Raises E025 for an effect in a sub-patcher or a second one,
 * E026 for an effect that reads a DSP input or a voice that reads what the effect box carries.
 */
public final class SplitVoiceAndEffect {
    private SplitVoiceAndEffect() {
    }

    public static EffectSplit run(NodeGraph nodes, Context context) {
        Graph graph = nodes.graph;
        String effect = null;
        for (String id : graph.order) {
            BoxSpec spec = graph.specs.get(id);
            if (spec == null || spec.role() != BoxSpec.Role.EFFECT) {
                continue;
            }
            if (!context.isTop()) {
                context.error(Code.EFFECT_MISPLACED, id, "an effect box belongs in the top patch, not in a sub-patcher");
            } else if (effect != null) {
                context.error(Code.EFFECT_MISPLACED, id, "the patch already has an effect box, " + effect
                        + "; a voice has one effect");
            } else {
                effect = id;
            }
        }
        if (effect == null) {
            return EffectSplit.NONE;
        }
        int boxes = nodes.boxes;
        int sink = nodes.node(effect);
        int source = boxes + sink;
        List<Integer> starts = new ArrayList<>();
        for (List<Port> sources : graph.inbound.get(effect)) {
            for (Port p : sources) {
                starts.add(nodes.outNode(p));
            }
        }
        boolean[] needed = nodes.reach(starts, nodes.predecessors, source);
        List<Integer> outs = new ArrayList<>();
        for (String id : graph.order) {
            BoxSpec spec = graph.specs.get(id);
            if (spec != null && spec.role() == BoxSpec.Role.OUTPUT) {
                outs.add(nodes.node(id));
            }
        }
        boolean[] voice = nodes.reach(outs, nodes.predecessors, -1);
        TreeSet<String> effectBoxes = new TreeSet<>();
        TreeSet<String> voiceBoxes = new TreeSet<>();
        for (int p = 0; p < boxes; p++) {
            String id = graph.order.get(p);
            if (needed[p] && p != sink) {
                effectBoxes.add(id);
                BoxSpec spec = graph.specs.get(id);
                if (spec != null && spec.role() == BoxSpec.Role.INPUT) {
                    context.error(Code.EFFECT_LEAK, id, "the effect reads this input of the DSP; it reads the voices"
                            + " through the outlets of " + effect + " instead");
                }
            }
            if (voice[p]) {
                voiceBoxes.add(id);
            }
        }
        boolean[] fromEffect = nodes.reach(List.of(source), nodes.successors, sink);
        for (int p = 0; p < boxes; p++) {
            String id = graph.order.get(p);
            if (p != sink && fromEffect[p] && voice[p] && entersVoice(nodes, p, source, fromEffect, voice)) {
                context.error(Code.EFFECT_LEAK, id, "reads what comes out of " + effect + ", which carries the voices"
                        + " into the effect, but its result goes to an out box of the voice");
            }
        }
        return new EffectSplit(effect, effectBoxes, voiceBoxes);
    }

    /** True when node p reads the effect's source, or a box that the effect's source reaches outside the voice. */
    private static boolean entersVoice(NodeGraph nodes, int p, int source, boolean[] fromEffect, boolean[] voice) {
        for (int from : nodes.predecessors.get(p)) {
            if (from == source || (from < nodes.boxes && fromEffect[from] && !voice[from])) {
                return true;
            }
        }
        return false;
    }
}
