package dev.faustwire.codegen.lower;

import dev.faustwire.codegen.check.Level;
import dev.faustwire.codegen.graph.Graph;
import dev.faustwire.codegen.program.Expression;
import dev.faustwire.codegen.read.BoxSpec;
import dev.faustwire.core.model.Port;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expressions of one level's boxes: a box applied to what feeds its inlets, merges of several
 * lines into one inlet, and the numbering of bargraph labels inside iterations.
 */
final class LowerExpressions {
    private final Level level;
    private final Graph graph;
    /** The variables of the iterations around this level's sub-patcher box, outermost first. */
    private final List<String> outerVariables;
    private final Map<Integer, String> inputNames = new LinkedHashMap<>();
    /** Box id of a delaying library box in a loop to the loop's name for its delayed feed. */
    private final Map<String, String> fedInLoop = new LinkedHashMap<>();

    /** The clock this level runs on: {@link Ticks#NONE} outside ondemand boxes. */
    final Ticks ticks;

    LowerExpressions(Level level, List<String> outerVariables, Ticks ticks) {
        this.ticks = ticks;
        this.level = level;
        this.graph = level.graph();
        this.outerVariables = outerVariables;
    }

    /** The application of a box to what feeds its inlets. */
    Expression of(String id) {
        BoxSpec spec = graph.specs.get(id);
        return switch (spec.role()) {
            case RECEIVE -> wire(inlet(id, 0));
            case SUBPATCH, CODE -> call(graph.head(id), inlets(id, 0, spec.inlets()));
            case ITERATION -> call(graph.head(id), inlets(id, spec.iteration().bodyOutputs(), spec.inlets()));
            default -> operation(id, spec);
        };
    }

    /**
     * Inside its loop's lambda, a delaying library box is its {@code _fed} form applied to the
     * loop's one-sample-delayed feed {@code param} instead of its delayed inlet.
     */
    void feedInLoop(String id, String param) {
        fedInLoop.put(id, param);
    }

    private Expression operation(String id, BoxSpec spec) {
        List<String> args = new ArrayList<>(spec.slots().size());
        String fedParam = fedInLoop.get(id);
        int inlet = 0;
        for (String slot : spec.slots()) {
            if (slot != null) {
                args.add(slot);
            } else {
                args.add(fedParam != null && inlet == spec.fedInlet() ? fedParam : inlet(id, inlet));
                inlet++;
            }
        }
        int parameters = spec.detail() instanceof BoxSpec.LibraryCall call ? call.parameters() : 0;
        if (ticks.gated() && spec.isDelay() && fedParam == null) {
            // Inside an ondemand box a delay counts ticks: mem, ' and ~ one, @ N N of them.
            return ticks.delay(spec.delay(), inlet(id, 0));
        }
        if (fedParam != null) {
            return new Expression.Application(form(spec.shape()), spec.fed(), parameters, args);
        }
        if (spec.shape() == BoxSpec.Shape.ROUTED) {
            return new Expression.Application(Expression.Form.ROUTED, spec.head(), parameters, args);
        }
        if (spec.shape() == BoxSpec.Shape.PARTIAL) {
            List<String> variables = variablesAround(id, null);
            if (!variables.isEmpty()) {
                args.set(0, numbered(args.get(0), variables));
            }
        }
        int fixed = spec.shape() == BoxSpec.Shape.PARTIAL ? spec.slots().indexOf(null) : 0;
        return new Expression.Application(form(spec.shape()), spec.head(), fixed, args);
    }

    private static Expression.Form form(BoxSpec.Shape shape) {
        return switch (shape) {
            case INFIX -> Expression.Form.INFIX;
            case CALL -> Expression.Form.CALL;
            case NAME -> Expression.Form.NAME;
            case PARTIAL -> Expression.Form.PARTIAL;
            case GROUP -> Expression.Form.GROUP;
            case WIRE -> Expression.Form.WIRE;
            case ROUTED -> Expression.Form.ROUTED;
        };
    }

    /** The signal itself. */
    Expression wire(String signal) {
        return new Expression.Application(Expression.Form.WIRE, null, 0, List.of(signal));
    }

    /** {@code head(args)}, or {@code head} alone when there are none. */
    private static Expression call(String head, List<String> args) {
        return new Expression.Application(args.isEmpty() ? Expression.Form.NAME : Expression.Form.CALL, head, 0, args);
    }

    /**
     * A bargraph in an iteration's body, here or around this sub-patcher, is copied once per
     * iteration, and Faust wants one label per bargraph: {@code "level %Par_3_1"} is
     * {@code level 0}, {@code level 1}... with the variable of each iteration around it.
     */
    private static String numbered(String label, List<String> variables) {
        StringBuilder suffix = new StringBuilder();
        for (String variable : variables) {
            suffix.append(" %").append(variable);
        }
        return label.substring(0, label.length() - 1) + suffix + "\"";
    }

    /**
     * The variables of the iterations a box is in, outermost first: those around this level, then
     * those of this level. Functions are defined inside the bodies they are used in, so an outer
     * variable is in scope, unless {@code child}, the level the names are for, reuses its name.
     */
    List<String> variablesAround(String id, Level child) {
        List<String> variables = new ArrayList<>();
        for (String scope = level.scopes().of(id); scope != null; scope = level.scopes().of(scope)) {
            variables.add(0, graph.name(scope, graph.specs.get(scope).iteration().variableOutlet()));
        }
        variables.addAll(0, outerVariables);
        if (child != null) {
            variables.removeIf(variable -> child.graph().defines(variable));
        }
        return variables;
    }

    private List<String> inlets(String id, int from, int to) {
        List<String> args = new ArrayList<>();
        for (int inlet = from; inlet < to; inlet++) {
            args.add(inlet(id, inlet));
        }
        return args;
    }

    /** What feeds an inlet: 0 when nothing, the outlet's name for one line, a merge for several. */
    String inlet(String id, int inlet) {
        List<Port> sources = graph.inbound.get(id).get(inlet);
        if (sources.isEmpty()) {
            return "0";
        }
        if (sources.size() == 1) {
            return reference(sources.get(0));
        }
        List<String> refs = new ArrayList<>();
        for (Port source : sources) {
            refs.add(reference(source));
        }
        return "(" + String.join(", ", refs) + " :> _)";
    }

    private String reference(Port source) {
        BoxSpec spec = graph.specs.get(source.boxId());
        if (spec.role() == BoxSpec.Role.INPUT) {
            return inputName(spec.channel());
        }
        return graph.name(source.boxId(), source.index());
    }

    private String inputName(int channel) {
        String name = inputNames.get(channel);
        if (name == null) {
            name = "In_" + channel + "_0";
            inputNames.put(channel, name);
        }
        return name;
    }
}
