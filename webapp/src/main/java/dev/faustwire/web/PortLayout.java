package dev.faustwire.web;

/** Where the ports of a box sit along its top (inlets) and bottom (outlets) edges. */
final class PortLayout {
    static final double PORT_WIDTH = 7;

    private PortLayout() {
    }

    /** The x of the left edge of port {@code index} of {@code count} on a box of that width. */
    static double portX(double boxWidth, int index, int count) {
        if (count <= 1) {
            return 0;
        }
        double span = Math.max(0, boxWidth - PORT_WIDTH);
        return span * index / (count - 1);
    }

    /** The x of the centre of a port, where lines attach. */
    static double portCenterX(double boxWidth, int index, int count) {
        return portX(boxWidth, index, count) + PORT_WIDTH / 2;
    }

    /** A width that fits the text of a box (12 px monospace), never below the minimum of a Max object box. */
    static double widthForText(String text, int ports) {
        double byText = 7.3 * text.length() + 10;
        double byPorts = ports * (PORT_WIDTH + 4);
        return Math.max(45, Math.max(byText, byPorts));
    }
}
