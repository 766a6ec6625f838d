package dev.faustwire.core.outline;

import java.util.List;

/**
 * The open level read as a circuit, for a screen reader: its boxes in signal order, each with
 * what it says and what each of its inlets and outlets is connected to.
 */
public record Outline(List<Item> items) {
    public static final Outline EMPTY = new Outline(List.of());

    public Outline {
        items = List.copyOf(items);
    }

    /**
     * One box: its id, its spoken name ("box 3"), its text (a comment's note), the boxes inside it
     * when it holds a patch (-1 when it holds none), its ports, and the whole sentence.
     */
    public record Item(String boxId, String name, String text, boolean comment, int inside, List<PortReading> ports,
                       String sentence) {
        public Item {
            ports = List.copyOf(ports);
        }

        public int inlets() {
            return (int) ports.stream().filter(PortReading::input).count();
        }

        public int outlets() {
            return ports.size() - inlets();
        }
    }

    /** An inlet ({@code input}) or outlet of a box, 0-based, with the other ends of its lines and its phrase. */
    public record PortReading(boolean input, int index, List<End> ends, String phrase) {
        public PortReading {
            ends = List.copyOf(ends);
        }
    }

    /** The other end of a line: a box, its port there (0-based), and the line's id. */
    public record End(String boxId, int port, String lineId) {
    }

    /** The item of a box, or null. */
    public Item item(String boxId) {
        for (Item item : items) {
            if (item.boxId().equals(boxId)) {
                return item;
            }
        }
        return null;
    }
}
