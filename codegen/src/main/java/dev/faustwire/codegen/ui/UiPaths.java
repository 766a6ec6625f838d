package dev.faustwire.codegen.ui;

import dev.faustwire.codegen.program.Expression;
import dev.faustwire.codegen.program.Item;
import dev.faustwire.codegen.program.Program;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Walks a program model from {@code process}'s results, as Faust builds its UI tree: a group
 * application puts what it wraps under its label, a sub-patcher's function is walked where it is
 * called, an iteration copies its body (a numbered bargraph label, {@code "level %Par_1_2"}, once
 * per value of the variable). Each control met gives its box, kind and labels.
 */
public final class UiPaths {
    private static final List<String> CONTROLS = List.of("hslider", "vslider", "nentry", "button", "checkbox",
            "hbargraph", "vbargraph");
    private static final List<String> GROUPS = List.of("hgroup", "vgroup", "tgroup");

    /** A control box ({@code box-9/box-2} inside sub-patcher box-9) and its labels, outermost group first, as written (metadata kept). */
    public record ControlPath(String boxId, String kind, List<String> labels) {
        public ControlPath {
            labels = List.copyOf(labels);
        }
    }

    private record Scope(int id, Scope parent, Map<String, Item> items, List<String> params) {
        Object[] find(String name) {
            for (Scope s = this; s != null; s = s.parent) {
                if (s.params.contains(name)) {
                    return null;
                }
                Item item = s.items.get(name);
                if (item != null) {
                    return new Object[] {item, s};
                }
            }
            return null;
        }
    }

    /** The groups around a point of the walk and the iterations (variable, count) it is inside. */
    private record Path(List<String> groups, List<String> variables, List<Integer> counts) {
    }

    private final List<ControlPath> found = new ArrayList<>();
    private final TreeSet<String> seenPaths = new TreeSet<>();
    /** Scope id, name and path of every name walked: each is walked once per path (and loops end). */
    private final TreeSet<String> walked = new TreeSet<>();
    private int scopes;

    private UiPaths() {
    }

    /** The controls of a program's {@code process}, in the order the walk meets them, each path once. */
    public static List<ControlPath> of(Program program) {
        UiPaths walk = new UiPaths();
        Map<String, Item> top = new LinkedHashMap<>();
        for (Item.Function f : program.shared()) {
            top.put(f.name(), f);
        }
        Scope root = new Scope(walk.scopes++, null, top, List.of());
        walk.function(program.process(), root, new Path(List.of(), List.of(), List.of()));
        return walk.found;
    }

    private void function(Item.Function f, Scope outer, Path path) {
        Scope inner = new Scope(scopes++, outer, itemsOf(f.body()), f.params());
        for (String result : f.results()) {
            text(result, inner, path);
        }
    }

    private static Map<String, Item> itemsOf(List<Item> body) {
        Map<String, Item> items = new LinkedHashMap<>();
        for (Item i : body) {
            items.put(name(i), i);
        }
        return items;
    }

    private static String name(Item i) {
        if (i instanceof Item.Definition d) {
            return d.name();
        } else if (i instanceof Item.Function f) {
            return f.name();
        } else if (i instanceof Item.Environment e) {
            return e.name();
        } else if (i instanceof Item.Iteration it) {
            return it.name();
        }
        return ((Item.Loop) i).name();
    }

    /** Follows every name a piece of Faust text refers to (string literals skipped). */
    private void text(String faust, Scope scope, Path path) {
        int i = 0;
        while (i < faust.length()) {
            char c = faust.charAt(i);
            if (c == '"') {
                int end = faust.indexOf('"', i + 1);
                i = end < 0 ? faust.length() : end + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < faust.length() && (Character.isLetterOrDigit(faust.charAt(i)) || faust.charAt(i) == '_')) {
                    i++;
                }
                boolean qualified = start > 0 && faust.charAt(start - 1) == '.';
                if (!qualified) {
                    name(faust.substring(start, i), scope, path);
                }
            } else {
                i++;
            }
        }
    }

    private void name(String name, Scope scope, Path path) {
        Object[] found = scope.find(name);
        if (found == null) {
            return; // a parameter, a library function or a primitive
        }
        Item item = (Item) found[0];
        Scope home = (Scope) found[1];
        if (!walked.add(home.id + ":" + name + "|" + path.groups + "|" + path.variables + "|" + path.counts)) {
            return;
        }
        if (item instanceof Item.Definition d) {
            expression(d.boxId(), d.expression(), home, path);
        } else if (item instanceof Item.Function f) {
            function(f, home, path);
        } else if (item instanceof Item.Iteration it) {
            List<String> variables = new ArrayList<>(path.variables);
            List<Integer> counts = new ArrayList<>(path.counts);
            variables.add(it.variable());
            counts.add(it.count());
            List<String> params = new ArrayList<>(it.params());
            params.add(it.variable());
            Scope body = new Scope(scopes++, home, itemsOf(it.body()), params);
            for (String r : it.returns()) {
                text(r, body, new Path(path.groups, variables, counts));
            }
        } else if (item instanceof Item.Loop loop) {
            Scope body = new Scope(scopes++, home, itemsOf(loop.body()), loop.params());
            for (String o : loop.outputs()) {
                text(o, body, path);
            }
            for (String r : loop.returns()) {
                text(r, body, path);
            }
        }
    }

    private void expression(String boxId, Expression e, Scope scope, Path path) {
        if (e instanceof Expression.Selection s) {
            expression(boxId, s.shared(), scope, path);
        } else if (e instanceof Expression.FromLoop l) {
            name(l.loop(), scope, path);
            text(l.wire(), scope, path);
        } else if (e instanceof Expression.Application a) {
            String head = a.head() == null ? "" : a.head();
            boolean control = CONTROLS.contains(head) && !a.args().isEmpty();
            boolean group = a.form() == Expression.Form.GROUP && GROUPS.contains(head) && !a.args().isEmpty();
            if (control) {
                record(boxId, head, path, unquoted(a.args().get(0)));
            } else if (!group) {
                text(head, scope, path);
            }
            Path inside = path;
            if (group) {
                List<String> groups = new ArrayList<>(path.groups);
                groups.add(unquoted(a.args().get(0)));
                inside = new Path(groups, path.variables, path.counts);
            }
            for (int i = control || group ? 1 : 0; i < a.args().size(); i++) {
                text(a.args().get(i), scope, inside);
            }
        }
    }

    private void record(String boxId, String kind, Path path, String label) {
        List<String> labels = new ArrayList<>();
        labels.add(label);
        for (int v = 0; v < path.variables.size(); v++) {
            List<String> next = new ArrayList<>();
            String mark = "%" + path.variables.get(v);
            for (String l : labels) {
                if (!l.contains(mark)) {
                    next.add(l);
                    continue;
                }
                for (int n = 0; n < path.counts.get(v); n++) {
                    next.add(l.replace(mark, Integer.toString(n)));
                }
            }
            labels = next;
        }
        for (String l : labels) {
            List<String> all = new ArrayList<>(path.groups);
            all.add(l);
            String key = boxId + "|" + all;
            if (seenPaths.add(key)) {
                found.add(new ControlPath(boxId, kind, all));
            }
        }
    }

    private static String unquoted(String literal) {
        return literal.length() >= 2 && literal.startsWith("\"") && literal.endsWith("\"")
                ? literal.substring(1, literal.length() - 1) : literal;
    }
}
