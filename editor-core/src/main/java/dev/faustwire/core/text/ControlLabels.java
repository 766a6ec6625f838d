package dev.faustwire.core.text;

import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import java.util.List;

/**
 * Labels of controls (sliders, buttons, bargraphs, groups). A label a person typed is in the box
 * text; a control created without one gets a name stored in its {@code data.label} at creation, so
 * the control keeps its address through copy, paste and reload. A label never comes from a box id.
 */
public final class ControlLabels {
    /** Box names whose first word (or {@code @label}) is a label. */
    public static final List<String> CONTROLS = List.of("hslider", "vslider", "nentry", "button", "checkbox",
            "hbargraph", "vbargraph", "hgroup", "vgroup", "tgroup");
    private static final List<String> GROUPS = List.of("hgroup", "vgroup", "tgroup");
    private static final List<String> NUMBERED = List.of("hslider", "vslider", "nentry", "hbargraph", "vbargraph");

    private ControlLabels() {
    }

    public static boolean isControl(String name) {
        return CONTROLS.contains(name);
    }

    /** True for a control that is a widget of its own (a slider, entry, button, checkbox or bargraph), not a group. */
    public static boolean isWidget(String name) {
        return isControl(name) && !GROUPS.contains(name);
    }

    /** True for controls whose arguments after the label are numbers, so a number first means no label. */
    public static boolean takesNumbers(String name) {
        return NUMBERED.contains(name);
    }

    /** The label the text of a control gives, or null when it gives none. */
    public static String labelIn(BoxText text) {
        BoxText.Attribute attribute = text.attribute("label");
        if (attribute != null && !attribute.values().isEmpty()) {
            return attribute.values().get(0).text();
        }
        if (text.args().isEmpty()) {
            return null;
        }
        Token first = text.args().get(0);
        return takesNumbers(text.name()) && first.isNumber() ? null : first.text();
    }

    /** The label stored in a box's data, or null. */
    public static String storedLabel(Box box) {
        if (box.data() instanceof JsonObject data && data.get("label") instanceof JsonString label) {
            return label.value();
        }
        return null;
    }

    /**
     * The box itself, or, for a control whose text gives no label and whose data stores none, the
     * box with {@code data.label} set to its kind and the first number no other box of the patch uses.
     */
    public static Box withStoredLabel(Box box, Patch patch) {
        BoxText text;
        try {
            text = BoxTextParser.parse(box.text());
        } catch (BoxTextException e) {
            return box;
        }
        if (!isControl(text.name()) || labelIn(text) != null || storedLabel(box) != null) {
            return box;
        }
        int n = 1;
        while (taken(patch, text.name() + " " + n)) {
            n++;
        }
        JsonObject data = box.data() instanceof JsonObject object ? object : JsonObject.EMPTY;
        JsonValue label = new JsonString(text.name() + " " + n);
        return new Box(box.id(), box.text(), box.rect(), data.with("label", label), box.subpatch(), box.comment(),
                box.extra());
    }

    private static boolean taken(Patch patch, String label) {
        for (Box other : patch.boxes().values()) {
            if (label.equals(storedLabel(other))) {
                return true;
            }
            try {
                if (label.equals(labelIn(BoxTextParser.parse(other.text())))) {
                    return true;
                }
            } catch (BoxTextException e) {
                // a box whose text does not read names no label
            }
        }
        return false;
    }
}
