package dev.faustwire.web;

import dev.faustwire.codegen.BoxPorts;
import dev.faustwire.stdlib.StdlibIndex;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Rect;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.teavm.jso.dom.xml.Element;

/** Draws a patch as SVG: one {@code <g data-box-id>} per box, one {@code <path data-line-id>} per line. */
final class CanvasView {
    static final double BOX_HEIGHT = 22;

    private final Element svg;
    private final StdlibIndex stdlib;

    CanvasView(Element svg, StdlibIndex stdlib) {
        this.stdlib = stdlib;
        this.svg = svg;
    }

    void render(Patch patch, Set<String> boxesInError) {
        Dom.clear(svg);
        Map<String, Rect> rects = new TreeMap<>();
        Map<String, int[]> ports = portsWithLines(patch);
        double autoY = 15;
        for (Box box : patch.boxes().values()) {
            int[] p = ports.get(box.id());
            Rect rect = box.rect();
            double fit = PortLayout.widthForText(box.text(), Math.max(p[0], p[1]));
            if (rect == null) {
                rect = new Rect(15, autoY, fit, BOX_HEIGHT);
                autoY += 45;
            } else if (rect.width() < fit) {
                rect = rect.resizedTo(fit, BOX_HEIGHT);
            }
            rects.put(box.id(), rect);
        }
        double maxX = 400;
        double maxY = 300;
        for (Rect rect : rects.values()) {
            maxX = Math.max(maxX, rect.x() + rect.width() + 40);
            maxY = Math.max(maxY, rect.y() + rect.height() + 40);
        }
        svg.setAttribute("width", Integer.toString((int) maxX));
        svg.setAttribute("height", Integer.toString((int) maxY));
        for (Line line : patch.lines().values()) {
            drawLine(line, rects, ports);
        }
        for (Box box : patch.boxes().values()) {
            drawBox(box, rects.get(box.id()), ports.get(box.id()), boxesInError.contains(box.id()));
        }
    }

    /**
     * Inlet and outlet counts per box from its text, widened to the ports its lines use so that every
     * line is drawn; one pass over the lines.
     */
    private Map<String, int[]> portsWithLines(Patch patch) {
        Map<String, int[]> ports = new TreeMap<>();
        for (Box box : patch.boxes().values()) {
            BoxPorts.Count count = BoxPorts.of(box, stdlib);
            ports.put(box.id(), new int[] {count.inlets(), count.outlets()});
        }
        for (Line line : patch.lines().values()) {
            int[] dest = ports.get(line.dest().boxId());
            if (dest != null) {
                dest[0] = Math.max(dest[0], line.dest().index() + 1);
            }
            int[] src = ports.get(line.src().boxId());
            if (src != null) {
                src[1] = Math.max(src[1], line.src().index() + 1);
            }
        }
        return ports;
    }

    private void drawBox(Box box, Rect rect, int[] ports, boolean inError) {
        Element group = Dom.svg("g");
        group.setAttribute("class", inError ? "box error" : "box");
        group.setAttribute("data-box-id", box.id());
        group.setAttribute("transform", "translate(" + (int) rect.x() + "," + (int) rect.y() + ")");
        Element frame = Dom.svg("rect");
        frame.setAttribute("class", "frame");
        frame.setAttribute("width", Integer.toString((int) rect.width()));
        frame.setAttribute("height", Integer.toString((int) BOX_HEIGHT));
        group.appendChild(frame);
        Element label = Dom.svg("text");
        label.setAttribute("x", "5");
        label.setAttribute("y", "15");
        label.setTextContent(box.text());
        group.appendChild(label);
        for (int i = 0; i < ports[0]; i++) {
            group.appendChild(port("inlet", PortLayout.portX(rect.width(), i, ports[0]), 0, i));
        }
        for (int i = 0; i < ports[1]; i++) {
            group.appendChild(port("outlet", PortLayout.portX(rect.width(), i, ports[1]), BOX_HEIGHT - 3, i));
        }
        svg.appendChild(group);
    }

    private static Element port(String kind, double x, double y, int index) {
        Element port = Dom.svg("rect");
        port.setAttribute("class", kind);
        port.setAttribute("data-port", Integer.toString(index));
        port.setAttribute("x", Integer.toString((int) x));
        port.setAttribute("y", Integer.toString((int) y));
        port.setAttribute("width", Integer.toString((int) PortLayout.PORT_WIDTH));
        port.setAttribute("height", "3");
        return port;
    }

    private void drawLine(Line line, Map<String, Rect> rects, Map<String, int[]> ports) {
        Rect src = rects.get(line.src().boxId());
        Rect dest = rects.get(line.dest().boxId());
        if (src == null || dest == null) {
            return;
        }
        double x1 = src.x() + PortLayout.portCenterX(src.width(), line.src().index(), ports.get(line.src().boxId())[1]);
        double y1 = src.y() + BOX_HEIGHT;
        double x2 = dest.x() + PortLayout.portCenterX(dest.width(), line.dest().index(), ports.get(line.dest().boxId())[0]);
        double y2 = dest.y();
        Element path = Dom.svg("line");
        path.setAttribute("class", "line");
        path.setAttribute("data-line-id", line.id());
        path.setAttribute("x1", Integer.toString((int) x1));
        path.setAttribute("y1", Integer.toString((int) y1));
        path.setAttribute("x2", Integer.toString((int) x2));
        path.setAttribute("y2", Integer.toString((int) y2));
        svg.appendChild(path);
    }
}
