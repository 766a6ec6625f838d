package dev.faustwire.session.audition;

import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The control tree of a compiled DSP, read from the {@code ui} of its JSON (Faust's UI description),
 * and the value each control shows: the one the page set, else the control's initial value.
 */
public final class Controls {
    private Controls() {
    }

    /** The top-level items of a DSP's JSON text (none when it has no UI or cannot be read). */
    public static List<Control> read(String dspJson) {
        try {
            return JsonParser.parse(dspJson).value() instanceof JsonObject o ? items(o.get("ui")) : List.of();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /**
     * The items the panel shows: the children of the vgroup that Faust wraps everything in (named
     * after the DSP, its label says nothing), else the tree; a single hgroup or tgroup is the root
     * when it is all the UI has, and it is shown as what it is.
     */
    public static List<Control> panel(List<Control> tree) {
        return tree.size() == 1 && tree.get(0).kind() == Control.Kind.VGROUP ? tree.get(0).items() : tree;
    }

    /** The controls (not groups) of a tree, depth first, in the UI's order. */
    public static List<Control> flatten(List<Control> tree) {
        List<Control> out = new ArrayList<>();
        for (Control c : tree) {
            if (c.kind().isGroup()) {
                out.addAll(flatten(c.items()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** The value a control shows: the one set at its address (within its range), else its initial value. */
    public static double shown(Control control, ParamValues values) {
        Double set = values.get(control.address());
        return set == null ? control.init() : control.snap(set);
    }

    /** The values to set on the tree's controls, as {@link ParamValues#carriedTo} would, for display. */
    public static Map<String, Double> carried(List<Control> tree, ParamValues values) {
        List<String> addresses = new ArrayList<>();
        for (Control c : flatten(tree)) {
            addresses.add(c.address());
        }
        return values.carriedTo(addresses);
    }

    private static List<Control> items(JsonValue value) {
        List<Control> out = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (JsonValue item : array.items()) {
                Control c = item instanceof JsonObject o ? control(o) : null;
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static Control control(JsonObject o) {
        Control.Kind kind = kind(text(o, "type"));
        if (kind == null) {
            return null;
        }
        String unit = "";
        String tooltip = "";
        boolean log = false;
        String style = "";
        if (o.get("meta") instanceof JsonArray meta) {
            for (JsonValue m : meta.items()) {
                if (m instanceof JsonObject entry) {
                    unit = entry.get("unit") instanceof JsonString s ? s.value() : unit;
                    tooltip = entry.get("tooltip") instanceof JsonString s ? s.value() : tooltip;
                    style = entry.get("style") instanceof JsonString s ? s.value() : style;
                    log = entry.get("scale") instanceof JsonString s ? s.value().equals("log") : log;
                }
            }
        }
        boolean toggle = kind == Control.Kind.BUTTON || kind == Control.Kind.CHECKBOX;
        double min = toggle ? 0 : number(o, "min", 0);
        double max = toggle ? 1 : number(o, "max", 1);
        double step = toggle ? 1 : number(o, "step", 0);
        double init = toggle ? 0 : number(o, "init", min);
        List<Control> children = kind.isGroup() ? items(o.get("items")) : List.of();
        return new Control(kind, text(o, "label"), text(o, "address"), init, min, max, step, unit, log, tooltip,
                children, style);
    }

    private static Control.Kind kind(String type) {
        for (Control.Kind k : Control.Kind.values()) {
            if (k.type().equals(type)) {
                return k;
            }
        }
        return null;
    }

    private static String text(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s ? s.value() : "";
    }

    private static double number(JsonObject o, String key, double otherwise) {
        return o.get(key) instanceof JsonNumber n ? n.doubleValue() : otherwise;
    }
}
