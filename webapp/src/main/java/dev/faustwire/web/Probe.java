package dev.faustwire.web;

import dev.faustwire.core.editor.PatchEditor;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.view.Hit;
import dev.faustwire.core.view.HitTest;
import dev.faustwire.core.view.Point;
import dev.faustwire.core.view.ViewTransform;
import dev.faustwire.core.view.Wire;
import dev.faustwire.session.scope.LevelMeter;
import dev.faustwire.session.scope.WireProbe;
import java.util.function.BooleanSupplier;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;

/**
 * The probed wire on the canvas: a click (no drag) on a wire or an outlet while audio is on chooses
 * it ({@link WireProbe} decides), Escape or a second click drops it; the wire is drawn highlighted
 * with a meter beside it ({@code data-role="probe-meter"}, its RMS in {@code data-rms}).
 */
final class Probe {
    /** A press that moves further than this (screen pixels) before its release is a drag, not a click. */
    private static final double CLICK_SLOP = 3;

    private final WireProbe probe = new WireProbe();
    private final Page page;
    private final HTMLElement svg;
    private final BooleanSupplier audioOn;
    private final Runnable changed;
    private final Element layer;
    private double downX;
    private double downY;
    private boolean pressed;
    private boolean routed;
    private boolean refused;
    private double rms = -1;

    private Probe(Page page, HTMLElement svg, BooleanSupplier audioOn, Runnable changed) {
        this.page = page;
        this.svg = svg;
        this.audioOn = audioOn;
        this.changed = changed;
        this.layer = Dom.svg("g");
        layer.setAttribute("class", "probe");
        layer.setAttribute("data-role", "probe");
        layer.setAttribute("pointer-events", "none");
        svg.querySelector("g.viewport").appendChild(layer);
    }

    /** Listens to the canvas; {@code changed} runs when the probe is chosen or dropped. */
    static Probe install(HTMLDocument document, Page page, BooleanSupplier audioOn, Runnable changed) {
        HTMLElement svg = document.getElementById("canvas");
        Probe p = new Probe(page, svg, audioOn, changed);
        svg.addEventListener("pointerdown", event -> {
            MouseEvent mouse = (MouseEvent) event;
            p.pressed = mouse.getButton() == 0 && !mouse.getShiftKey();
            p.downX = mouse.getClientX();
            p.downY = mouse.getClientY();
        });
        svg.addEventListener("pointerup", event -> p.released((MouseEvent) event));
        document.addEventListener("keydown", event -> {
            KeyboardEvent key = (KeyboardEvent) event;
            if (key.getKey().equals("Escape") && !Dom.isTyping(key) && !Dom.dialogOpen() && p.probe.clear()) {
                p.changed.run();
            }
        });
        page.onPaint(p::paint);
        return p;
    }

    WireProbe probe() {
        return probe;
    }

    private void released(MouseEvent mouse) {
        boolean click = pressed && Math.abs(mouse.getClientX() - downX) <= CLICK_SLOP
                && Math.abs(mouse.getClientY() - downY) <= CLICK_SLOP;
        pressed = false;
        if (!click || !audioOn.getAsBoolean()) {
            return;
        }
        PatchEditor editor = page.session().editor();
        ViewTransform view = editor.state().view();
        Point at = view.toCanvas(new Point(mouse.getClientX() - Dom.left(svg), mouse.getClientY() - Dom.top(svg)));
        Hit hit = HitTest.at(editor.level(), editor.layout(), at, view.scale());
        if (probe.clicked(editor.model().patch(), editor.state().level(), hit)) {
            rms = -1;
            routed = false;
            refused = false;
            changed.run();
            paint();
        }
    }

    /** After an edit: the probe follows its outlet; true when it changed. */
    boolean patchChanged() {
        boolean moved = probe.patchChanged(page.session().model().patch());
        if (moved) {
            paint();
        }
        return moved;
    }

    /** Drops the probe (audio switched off). */
    void clear() {
        probe.clear();
        routed = false;
        paint();
    }

    /** Whether the DSP that plays carries the probed wire (the tap could be placed). */
    void routed(boolean carried) {
        routed = carried;
        refused = !carried && probe.active();
        paint();
    }

    boolean showing() {
        return probe.active() && routed;
    }

    /** The level measured on the probed wire now. */
    void level(double measured) {
        rms = measured;
        Element meter = layer.querySelector("[data-role='probe-meter']");
        if (meter != null) {
            meter.setAttribute("data-rms", Double.toString(measured));
            meter.querySelector("text").setTextContent(LevelMeter.text(measured));
            double width = Math.max(0, Math.min(1, (LevelMeter.db(measured) + 60) / 60));
            meter.querySelector(".bar").setAttribute("width", Markup.num(Math.round(width * 120)));
        }
    }

    /** The highlighted wire and its meter, drawn again after each paint of the canvas. */
    private void paint() {
        Dom.clear(layer);
        PatchEditor editor = page.session().editor();
        if (!probe.active() || !editor.state().level().isEmpty()) {
            return;
        }
        Line line = probe.lineId() == null ? null : editor.model().patch().line(probe.lineId());
        if (line == null) {
            return;
        }
        Wire wire = HitTest.wireOf(editor.layout(), line);
        if (wire == null) {
            return;
        }
        Point middle = wire.at(0.5);
        StringBuilder markup = new StringBuilder();
        markup.append("<path class=\"line probed\" data-probed-line=\"").append(Markup.escape(line.id()))
                .append("\" d=\"M").append(xy(wire.from())).append("C").append(xy(wire.control1())).append(' ')
                .append(xy(wire.control2())).append(' ').append(xy(wire.to())).append("\"/>");
        String text = refused ? "cannot probe this wire" : !routed ? "probing…"
                : rms < 0 ? "measuring…" : LevelMeter.text(rms);
        markup.append("<g class=\"probe-meter\" data-role=\"probe-meter\" data-box-id=\"")
                .append(Markup.escape(probe.boxId())).append("\" data-port=\"out ").append(probe.outlet())
                .append("\" transform=\"translate(").append(xy(new Point(middle.x() + 8, middle.y() - 9))).append(")\">")
                .append("<rect width=\"128\" height=\"26\" rx=\"3\"/><rect class=\"bar\" x=\"4\" y=\"19\" width=\"0\" height=\"3\"/>")
                .append("<text x=\"5\" y=\"14\">").append(Markup.escape(text)).append("</text></g>");
        Dom.appendMarkup(layer, markup.toString());
        if (routed && rms >= 0) {
            level(rms);
        }
    }

    private static String xy(Point p) {
        return Markup.num(p.x()) + "," + Markup.num(p.y());
    }
}
