package dev.faustwire.web;

import dev.faustwire.core.editor.Scene;
import dev.faustwire.core.editor.Scene.SceneBox;
import dev.faustwire.core.editor.Scene.SceneLine;
import dev.faustwire.core.view.Bounds;
import dev.faustwire.core.view.BoxGeometry;
import dev.faustwire.core.view.Point;
import dev.faustwire.core.view.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import org.teavm.jso.dom.xml.Element;

/**
 * Paints a {@link Scene} as SVG: one {@code <g data-box-id>} per box with its ports
 * ({@code data-port="in 0"}, {@code "out 0"}), one {@code <path data-line-id>} per line, under
 * one transform for zoom and pan (vector text stays sharp at every zoom). Only elements whose
 * scene object changed are redrawn.
 */
final class SvgCanvas {
    private final Element viewport;
    private final Element lines;
    private final Element boxes;
    private final Element overlay;
    private final Element grid;
    private final Element hulls;
    private java.util.List<Scene.SceneHull> paintedHulls = java.util.List.of();
    private final Map<String, Element> boxElements = new LinkedHashMap<>();
    private final Map<String, SceneBox> paintedBoxes = new LinkedHashMap<>();
    private final Map<String, Element> lineElements = new LinkedHashMap<>();
    private final Map<String, SceneLine> paintedLines = new LinkedHashMap<>();
    private String paintedTransform = "";
    private final ClockDomainView clockDomain;

    SvgCanvas(Element svg) {
        Dom.clear(svg);
        grid = Dom.svg("rect");
        grid.setAttribute("class", "grid");
        grid.setAttribute("width", "100%");
        grid.setAttribute("height", "100%");
        svg.appendChild(gridPattern());
        svg.appendChild(grid);
        viewport = group("viewport");
        lines = group("lines");
        boxes = group("boxes");
        overlay = group("overlay");
        hulls = group("hulls");
        viewport.appendChild(hulls);
        viewport.appendChild(lines);
        viewport.appendChild(boxes);
        viewport.appendChild(overlay);
        svg.appendChild(viewport);
        clockDomain = new ClockDomainView(svg);
    }

    private static Element group(String role) {
        Element g = Dom.svg("g");
        g.setAttribute("class", role);
        return g;
    }

    private Element gridPattern() {
        Element defs = Dom.svg("defs");
        Element pattern = Dom.svg("pattern");
        pattern.setAttribute("id", "grid-dots");
        pattern.setAttribute("patternUnits", "userSpaceOnUse");
        Element dot = Dom.svg("circle");
        dot.setAttribute("cx", "1");
        dot.setAttribute("cy", "1");
        dot.setAttribute("r", "1");
        pattern.appendChild(dot);
        defs.appendChild(pattern);
        return defs;
    }

    void paint(Scene scene) {
        String transform = "matrix(" + scene.scale() + ",0,0," + scene.scale() + "," + scene.offsetX() + ","
                + scene.offsetY() + ")";
        if (!transform.equals(paintedTransform)) {
            viewport.setAttribute("transform", transform);
            paintedTransform = transform;
        }
        paintGrid(scene);
        Map<String, SceneBox> seenBoxes = new LinkedHashMap<>();
        StringBuilder created = new StringBuilder();
        java.util.List<String> createdIds = new java.util.ArrayList<>();
        for (SceneBox box : scene.boxes()) {
            seenBoxes.put(box.id(), box);
            if (paintedBoxes.get(box.id()) == box) {
                continue;
            }
            Element g = boxElements.get(box.id());
            if (g == null) {
                created.append("<g data-box-id=\"").append(Markup.escape(box.id())).append("\" class=\"")
                        .append(boxClass(box)).append("\" transform=\"").append(translate(box)).append('"');
                if (box.problem() != null) {
                    created.append(" data-problem=\"").append(Markup.escape(box.problem())).append('"');
                }
                created.append('>');
                boxInside(box, created);
                created.append("</g>");
                createdIds.add(box.id());
            } else {
                g.setAttribute("class", boxClass(box));
                g.setAttribute("transform", translate(box));
                if (box.problem() != null) {
                    g.setAttribute("data-problem", box.problem());
                } else {
                    g.removeAttribute("data-problem");
                }
                StringBuilder inside = new StringBuilder();
                boxInside(box, inside);
                Dom.setInnerMarkup(g, inside.toString());
            }
        }
        appendAll(boxes, created, createdIds, boxElements);
        removeVanished(paintedBoxes, boxElements, seenBoxes.keySet(), boxes);
        paintedBoxes.clear();
        paintedBoxes.putAll(seenBoxes);
        Map<String, SceneLine> seenLines = new LinkedHashMap<>();
        StringBuilder newLines = new StringBuilder();
        java.util.List<String> newLineIds = new java.util.ArrayList<>();
        for (SceneLine line : scene.lines()) {
            seenLines.put(line.id(), line);
            if (paintedLines.get(line.id()) == line) {
                continue;
            }
            Element path = lineElements.get(line.id());
            if (path == null) {
                newLines.append("<path data-line-id=\"").append(Markup.escape(line.id())).append("\" class=\"")
                        .append(lineClass(line)).append("\" d=\"").append(pathOf(line.wire())).append("\"/>");
                newLineIds.add(line.id());
            } else {
                path.setAttribute("class", lineClass(line));
                path.setAttribute("d", pathOf(line.wire()));
            }
        }
        appendAll(lines, newLines, newLineIds, lineElements);
        removeVanished(paintedLines, lineElements, seenLines.keySet(), lines);
        paintedLines.clear();
        paintedLines.putAll(seenLines);
        paintOverlay(scene);
        paintHulls(scene);
        clockDomain.show(scene.clockDomain());
    }

    /** The iteration bodies, behind lines and boxes: a tinted outline each, labelled with the iteration's text. */
    private void paintHulls(Scene scene) {
        if (scene.hulls().equals(paintedHulls)) {
            return;
        }
        paintedHulls = scene.hulls();
        StringBuilder markup = new StringBuilder();
        for (Scene.SceneHull hull : scene.hulls()) {
            if (hull.outline().isEmpty()) {
                continue;
            }
            StringBuilder d = new StringBuilder();
            for (Point p : hull.outline()) {
                d.append(d.length() == 0 ? "M" : "L").append(xy(p));
            }
            Point corner = hull.outline().get(0);
            markup.append("<g data-role=\"hull\" data-hull-id=\"").append(Markup.escape(hull.iterationId()))
                    .append("\"><path class=\"hull\" d=\"").append(d).append("Z\"/><text class=\"hull-label\" x=\"")
                    .append(Markup.num(corner.x() + 4)).append("\" y=\"").append(Markup.num(corner.y() - 4)).append("\">")
                    .append(Markup.escape(hull.label())).append("</text></g>");
        }
        Dom.setInnerMarkup(hulls, markup.toString());
    }

    private void paintGrid(Scene scene) {
        if (scene.gridSize() <= 0) {
            grid.setAttribute("fill", "none");
            return;
        }
        double step = scene.gridSize() * scene.scale();
        Element pattern = Dom.byId("grid-dots");
        pattern.setAttribute("width", Double.toString(step));
        pattern.setAttribute("height", Double.toString(step));
        pattern.setAttribute("x", Double.toString(scene.offsetX() % step));
        pattern.setAttribute("y", Double.toString(scene.offsetY() % step));
        grid.setAttribute("fill", "url(#grid-dots)");
    }

    private static <T> void removeVanished(Map<String, T> painted, Map<String, Element> elements,
                                           java.util.Set<String> kept, Element parent) {
        for (String id : painted.keySet()) {
            if (!kept.contains(id)) {
                Element element = elements.remove(id);
                if (element != null) {
                    parent.removeChild(element);
                }
            }
        }
    }

    /** Adds the markup of new elements at once (far faster than one DOM call per attribute), keyed by id. */
    private static void appendAll(Element parent, StringBuilder markup, java.util.List<String> ids,
                                  Map<String, Element> elements) {
        if (ids.isEmpty()) {
            return;
        }
        int first = Dom.appendMarkup(parent, markup.toString()) - ids.size();
        for (int i = 0; i < ids.size(); i++) {
            elements.put(ids.get(i), Dom.child(parent, first + i));
        }
    }

    private static String boxClass(SceneBox box) {
        return (box.comment() ? "box comment" : "box") + (box.onDemand() ? " ondemand" : "")
                + (box.selected() ? " selected" : "") + (box.error() ? " error" : "") + (box.focused() ? " focused" : "");
    }

    private static String translate(SceneBox box) {
        return "translate(" + Markup.num(box.rect().x()) + "," + Markup.num(box.rect().y()) + ")";
    }

    /** The frame, the text (a comment's lines as spans) and the ports of a box, as markup. */
    private static void boxInside(SceneBox box, StringBuilder out) {
        if (box.focused()) { // keys: the focus ring, outside the frame, drawn under it
            out.append("<rect class=\"focus-ring\" x=\"-4\" y=\"-4\" width=\"").append(Markup.num(box.rect().width() + 8))
                    .append("\" height=\"").append(Markup.num(box.rect().height() + 8)).append("\" rx=\"4\"/>");
        }
        out.append("<rect class=\"frame\" width=\"").append(Markup.num(box.rect().width())).append("\" height=\"")
                .append(Markup.num(box.rect().height())).append("\" rx=\"").append(box.comment() ? "0" : "2").append("\"/>");
        if (box.label().size() == 1) {
            out.append("<text x=\"5\" y=\"15\">").append(Markup.escape(box.label().get(0))).append("</text>");
        } else {
            out.append("<text>");
            for (int i = 0; i < box.label().size(); i++) {
                out.append("<tspan x=\"5\" y=\"").append(Markup.num(15 + i * BoxGeometry.LINE_HEIGHT)).append("\">")
                        .append(Markup.escape(box.label().get(i))).append("</tspan>");
            }
            out.append("</text>");
        }
        for (int i = 0; i < box.inlets(); i++) {
            if (box.clockInlet(i)) {
                clockInlet(out, BoxGeometry.portX(box.rect().width(), i, box.inlets()));
            } else {
                port(out, "in", i, BoxGeometry.portX(box.rect().width(), i, box.inlets()), 0);
            }
        }
        for (int i = 0; i < box.outlets(); i++) {
            port(out, "out", i, BoxGeometry.portX(box.rect().width(), i, box.outlets()),
                    box.rect().height() - BoxGeometry.PORT_HEIGHT);
        }
    }

    private static void port(StringBuilder out, String kind, int index, double x, double y) {
        out.append("<rect class=\"").append(kind.equals("in") ? "inlet" : "outlet").append("\" data-port=\"")
                .append(kind).append(' ').append(index).append("\" x=\"").append(Markup.num(x)).append("\" y=\"")
                .append(Markup.num(y)).append("\"/>"); // width and height come from the style sheet
    }

    /** An ondemand box's inlet 0: its clock, marked by colour, a clock face at the box's corner and its name. */
    private static void clockInlet(StringBuilder out, double x) {
        out.append("<g class=\"clock-glyph\" aria-hidden=\"true\"><circle cx=\"-7\" cy=\"1\" r=\"4.5\"/>")
                .append("<path d=\"M-7,-1.5V1H-5\"/></g>");
        out.append("<rect class=\"inlet clock\" data-port=\"in 0\" data-clock=\"true\" x=\"").append(Markup.num(x))
                .append("\" y=\"0\"><title>").append(CLOCK_TITLE).append("</title></rect>");
    }

    /** What the clock inlet says on hover. */
    static final String CLOCK_TITLE = "clock: the content runs when this is not 0";

    private static String lineClass(SceneLine line) {
        return line.selected() ? "line selected" : "line";
    }

    private void paintOverlay(Scene scene) {
        Dom.clear(overlay);
        if (scene.pendingWire() != null) {
            Element wire = Dom.svg("path");
            wire.setAttribute("class", "line pending");
            wire.setAttribute("d", pathOf(scene.pendingWire()));
            overlay.appendChild(wire);
        }
        if (scene.wireTarget() != null) {
            SceneBox box = paintedBoxes.get(scene.wireTarget().boxId());
            if (box != null) {
                int count = scene.wireTarget().outlet() ? box.outlets() : box.inlets();
                double x = box.rect().x() + BoxGeometry.portX(box.rect().width(), scene.wireTarget().index(), count);
                double y = scene.wireTarget().outlet() ? box.rect().y() + box.rect().height() - 5 : box.rect().y() - 2;
                Element target = Dom.svg("rect");
                target.setAttribute("class", "port-target");
                target.setAttribute("x", Double.toString(x - 2));
                target.setAttribute("y", Double.toString(y));
                target.setAttribute("width", Double.toString(BoxGeometry.PORT_WIDTH + 4));
                target.setAttribute("height", "7");
                overlay.appendChild(target);
            }
        }
        Bounds marquee = scene.marquee();
        if (marquee != null) {
            Element rect = Dom.svg("rect");
            rect.setAttribute("class", "marquee");
            rect.setAttribute("x", Double.toString(marquee.left()));
            rect.setAttribute("y", Double.toString(marquee.top()));
            rect.setAttribute("width", Double.toString(marquee.width()));
            rect.setAttribute("height", Double.toString(marquee.height()));
            overlay.appendChild(rect);
        }
    }

    private static String pathOf(Wire wire) {
        return "M" + xy(wire.from()) + "C" + xy(wire.control1()) + " " + xy(wire.control2()) + " " + xy(wire.to());
    }

    private static String xy(Point p) {
        return Markup.num(p.x()) + "," + Markup.num(p.y());
    }
}
