package dev.faustwire.core.outline;

import dev.faustwire.core.outline.Outline.Item;
import dev.faustwire.core.outline.Outline.PortReading;
import java.util.ArrayList;
import java.util.List;

/**
 * What the outline's connect dialog offers: the outlets of the box it starts from, the boxes with
 * inlets to connect to (in signal order, the next one after the start chosen first), and the inlets
 * of the chosen box, each said with what is connected there already.
 */
public final class ConnectChoices {
    private ConnectChoices() {
    }

    /** The outlets of a box as phrases ("output to box 9 “out 1”", "output 2 unconnected"). */
    public static List<String> outlets(Item from) {
        return phrases(from, false);
    }

    /** The inlets of a box as phrases ("input 1 from box 3 “in 1”", "input 2 unconnected"). */
    public static List<String> inlets(Item to) {
        return phrases(to, true);
    }

    /** The boxes that have inlets, in signal order. */
    public static List<Item> targets(Outline outline) {
        List<Item> targets = new ArrayList<>();
        for (Item item : outline.items()) {
            if (item.inlets() > 0) {
                targets.add(item);
            }
        }
        return targets;
    }

    /** How a target is listed: "box 11 “+”". */
    public static String label(Item item) {
        return item.name() + " " + Words.quoted(item.text());
    }

    /** The target chosen first: the first box with inlets after {@code fromBoxId} in signal order, else the first; -1 when none. */
    public static int firstChoice(Outline outline, String fromBoxId) {
        List<Item> targets = targets(outline);
        Item start = outline.item(fromBoxId);
        int from = start == null ? -1 : outline.items().indexOf(start);
        for (int i = 0; i < targets.size(); i++) {
            if (outline.items().indexOf(targets.get(i)) > from) {
                return i;
            }
        }
        return targets.isEmpty() ? -1 : 0;
    }

    /** What the page says once the line is made: "connected output of box 3 “in 1” to input 2 of box 11 “+”". */
    public static String done(Item from, int outlet, Item to, int inlet) {
        String out = from.outlets() > 1 ? "output " + (outlet + 1) : "output";
        return "connected " + out + " of " + label(from) + " to input " + (inlet + 1) + " of " + label(to);
    }

    private static List<String> phrases(Item item, boolean input) {
        List<String> phrases = new ArrayList<>();
        for (PortReading port : item.ports()) {
            if (port.input() == input) {
                phrases.add(port.phrase());
            }
        }
        return phrases;
    }
}
