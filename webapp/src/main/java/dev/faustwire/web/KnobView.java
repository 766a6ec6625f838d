package dev.faustwire.web;

import dev.faustwire.core.json.Numbers;
import dev.faustwire.session.audition.Control;
import dev.faustwire.session.audition.Knob;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;

/**
 * A rotary knob for a control with {@code [style:knob]}: an SVG dial (a track, the value's arc and
 * a pointer) that is an ARIA slider; dragging up or down turns it, arrow keys and Page Up/Down
 * step it (session's {@link Knob} decides the values).
 */
final class KnobView {
    private static final double SIZE = 44;
    private static final double RADIUS = 16;
    private final Control control;
    private final HTMLElement element;
    private final Element arc;
    private final Element pointer;
    private double dragStartValue;
    private double dragStartY;
    private boolean dragging;

    /** What the knob reads and sets. */
    interface Value {
        double get();

        void set(double value);
    }

    KnobView(Control control, Value value) {
        this.control = control;
        element = HTMLDocument.current().createElement("div");
        element.setAttribute("class", "knob");
        element.setAttribute("role", "slider");
        element.setAttribute("tabindex", "0");
        element.setAttribute("aria-label", control.label());
        element.setAttribute("aria-valuemin", Numbers.format(control.min()));
        element.setAttribute("aria-valuemax", Numbers.format(control.max()));
        Element svg = Dom.svg("svg");
        svg.setAttribute("width", Markup.num(SIZE));
        svg.setAttribute("height", Markup.num(SIZE));
        svg.setAttribute("viewBox", "0 0 " + Markup.num(SIZE) + " " + Markup.num(SIZE));
        Element body = Dom.svg("circle");
        body.setAttribute("class", "knob-body");
        body.setAttribute("cx", Markup.num(SIZE / 2));
        body.setAttribute("cy", Markup.num(SIZE / 2));
        body.setAttribute("r", Markup.num(RADIUS - 4));
        Element track = Dom.svg("path");
        track.setAttribute("class", "knob-track");
        track.setAttribute("d", arcPath(Knob.SWEEP));
        arc = Dom.svg("path");
        arc.setAttribute("class", "knob-arc");
        pointer = Dom.svg("line");
        pointer.setAttribute("class", "knob-pointer");
        svg.appendChild(track);
        svg.appendChild(arc);
        svg.appendChild(body);
        svg.appendChild(pointer);
        element.appendChild(svg);
        element.addEventListener("pointerdown", event -> {
            MouseEvent mouse = (MouseEvent) event;
            Dom.capturePointer(event);
            element.focus();
            event.preventDefault();
            dragging = true;
            dragStartY = mouse.getClientY();
            dragStartValue = value.get();
        });
        element.addEventListener("pointermove", event -> {
            if (dragging) {
                value.set(Knob.dragged(control, dragStartValue, ((MouseEvent) event).getClientY() - dragStartY));
            }
        });
        element.addEventListener("pointerup", event -> dragging = false);
        element.addEventListener("pointercancel", event -> dragging = false);
        element.addEventListener("keydown", event -> {
            Double next = Knob.key(control, value.get(), ((KeyboardEvent) event).getKey());
            if (next != null) {
                event.preventDefault();
                event.stopPropagation();
                value.set(next);
            }
        });
    }

    HTMLElement element() {
        return element;
    }

    /** Turns the dial to a value and says it to assistive technology. */
    void show(double value) {
        double angle = Knob.angle(control, value);
        arc.setAttribute("d", arcPath(angle + Knob.SWEEP / 2));
        double c = SIZE / 2;
        double rad = Math.toRadians(angle);
        pointer.setAttribute("x1", Markup.num(round(c + 3 * Math.sin(rad))));
        pointer.setAttribute("y1", Markup.num(round(c - 3 * Math.cos(rad))));
        pointer.setAttribute("x2", Markup.num(round(c + (RADIUS - 5) * Math.sin(rad))));
        pointer.setAttribute("y2", Markup.num(round(c - (RADIUS - 5) * Math.cos(rad))));
        element.setAttribute("aria-valuenow", Numbers.format(value));
        element.setAttribute("aria-valuetext", control.display(value));
        element.setAttribute("data-angle", Numbers.format(round(angle)));
    }

    /** The arc from the minimum's angle through {@code sweep} degrees, on the ring around the body. */
    private static String arcPath(double sweep) {
        double c = SIZE / 2;
        double from = Math.toRadians(-Knob.SWEEP / 2);
        double to = Math.toRadians(-Knob.SWEEP / 2 + Math.max(0.01, sweep));
        return "M" + Markup.num(round(c + RADIUS * Math.sin(from))) + "," + Markup.num(round(c - RADIUS * Math.cos(from)))
                + "A" + Markup.num(RADIUS) + "," + Markup.num(RADIUS) + " 0 " + (sweep > 180 ? "1" : "0") + " 1 "
                + Markup.num(round(c + RADIUS * Math.sin(to))) + "," + Markup.num(round(c - RADIUS * Math.cos(to)));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
