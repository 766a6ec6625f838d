package dev.faustwire.web;

import dev.faustwire.core.editor.Gesture;
import dev.faustwire.core.editor.PatchEditor;
import dev.faustwire.core.json.Numbers;
import dev.faustwire.core.view.BoxGeometry;
import dev.faustwire.session.audition.BoxControls;
import dev.faustwire.session.audition.CanvasPlay;
import dev.faustwire.session.audition.Control;
import dev.faustwire.session.audition.Control.Kind;
import dev.faustwire.session.audition.Controls;
import dev.faustwire.session.audition.ParamValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;

/**
 * UI boxes on the canvas while a DSP plays: each shows its control's live value (a bar along its
 * bottom and the number beside it), and, with the patch locked (the Play button or Ctrl+E, as in
 * Max), a drag in a slider box sets its parameter, a press on a button box holds it at 1, a click
 * on a checkbox box toggles it. Values go through the same setter as the controls panel.
 */
final class PlayMode {
    private final Page page;
    private final PatchEditor editor;
    private final HTMLElement svg;
    private final HTMLElement button;
    private final ParamValues values;
    private final ControlsPanel.Setter setter;
    private List<Control> tree = List.of();
    private Object mappedPaths;
    private List<Control> mappedTree;
    private Map<String, List<Control>> byBox = Map.of();
    private final Map<String, Double> outputs = new LinkedHashMap<>();
    private final Map<String, Overlay> overlays = new LinkedHashMap<>();
    private Drag drag;

    /** The value drawn on one box. */
    private record Overlay(Element group, Element bar, Element text, Control control, double width) {
    }

    /** A press in play mode: the box's controls and the value the first had. */
    private record Drag(List<Control> controls, double start, double width) {
    }

    private PlayMode(Page page, HTMLElement svg, HTMLElement button, ParamValues values, ControlsPanel.Setter setter) {
        this.page = page;
        this.editor = page.session().editor();
        this.svg = svg;
        this.button = button;
        this.values = values;
        this.setter = setter;
    }

    static PlayMode install(HTMLDocument document, Page page, ParamValues values, ControlsPanel.Setter setter) {
        PlayMode play = new PlayMode(page, (HTMLElement) document.querySelector("[data-role='canvas']"),
                (HTMLElement) document.querySelector("[data-role='lock']"), values, setter);
        play.button.addEventListener("click", event -> {
            play.editor.setLocked(!play.editor.locked());
            page.refresh();
        });
        play.svg.addEventListener("pointerdown", event -> play.pressed());
        play.svg.addEventListener("pointermove", event -> play.moved());
        play.svg.addEventListener("pointerup", event -> play.released());
        play.svg.addEventListener("pointercancel", event -> play.released());
        page.onPaint(play::paint);
        return play;
    }

    /** The control tree of the DSP that now plays (empty when sound is off). */
    void compiled(List<Control> controls) {
        tree = controls;
        outputs.clear();
        paint();
    }

    /** A value was set (here, in the panel or by a script): the boxes show it. */
    void valueSet(String address) {
        for (Overlay o : overlays.values()) {
            if (o.control().address().equals(address)) {
                show(o);
            }
        }
    }

    /** A bargraph's value from the playing DSP. */
    void showOutput(String address, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return;
        }
        outputs.put(address, value);
        valueSet(address);
    }

    private void paint() {
        boolean locked = editor.locked();
        button.setAttribute("aria-pressed", locked ? "true" : "false");
        svg.setAttribute("data-locked", locked ? "true" : "false");
        map();
        String prefix = prefix();
        Map<String, Overlay> kept = new LinkedHashMap<>();
        for (String id : editor.level().boxes().keySet()) {
            List<Control> controls = byBox.get(prefix + id);
            BoxGeometry geometry = editor.layout().box(id);
            Element g = controls == null || geometry == null ? null
                    : (Element) svg.querySelector("g.boxes > g[data-box-id='" + id + "']");
            if (g == null) {
                continue;
            }
            Overlay o = overlays.get(prefix + id);
            if (o == null || !childOf(o.group(), g) || o.control() != controls.get(0)
                    || o.width() != geometry.rect().width()) {
                o = overlay(g, controls.get(0), geometry);
            }
            kept.put(prefix + id, o);
            show(o);
        }
        for (Map.Entry<String, Overlay> e : overlays.entrySet()) {
            Overlay o = e.getValue();
            if (kept.get(e.getKey()) != o) {
                detach(o.group());
            }
        }
        overlays.clear();
        overlays.putAll(kept);
    }

    /** Box paths to controls, worked out again when the patch's paths or the playing tree changed. */
    private void map() {
        List<dev.faustwire.codegen.ui.UiPaths.ControlPath> paths = tree.isEmpty() ? List.of()
                : page.session().controlPaths();
        if (paths != mappedPaths || tree != mappedTree) {
            mappedPaths = paths;
            mappedTree = tree;
            byBox = tree.isEmpty() ? Map.of() : BoxControls.of(paths, tree);
        }
    }

    private Overlay overlay(Element box, Control c, BoxGeometry geometry) {
        Element g = Dom.svg("g");
        g.setAttribute("data-role", "box-value");
        g.setAttribute("data-address", c.address());
        g.setAttribute("data-kind", c.kind().type());
        Element bar = Dom.svg("rect");
        bar.setAttribute("class", "value-bar");
        bar.setAttribute("x", "0");
        bar.setAttribute("y", Markup.num(geometry.rect().height() - 4));
        bar.setAttribute("height", "3");
        Element text = Dom.svg("text");
        text.setAttribute("class", "value-text");
        text.setAttribute("x", Markup.num(geometry.rect().width() + 5));
        text.setAttribute("y", "15");
        g.appendChild(bar);
        g.appendChild(text);
        box.appendChild(g);
        return new Overlay(g, bar, text, c, geometry.rect().width());
    }

    private void show(Overlay o) {
        Control c = o.control();
        double value = c.kind().isBargraph() ? outputs.getOrDefault(c.address(), c.min()) : Controls.shown(c, values);
        double fraction = c.kind() == Kind.BUTTON || c.kind() == Kind.CHECKBOX ? (value != 0 ? 1 : 0)
                : CanvasPlay.fraction(c, value);
        o.bar().setAttribute("width", Markup.num(Math.round(fraction * o.width() * 10) / 10.0));
        String shown = c.kind().isBargraph() ? Numbers.format(Math.round(value * 1000) / 1000.0) : Numbers.format(value);
        o.text().setTextContent(c.kind().isBargraph() || c.unit().isEmpty() ? shown : shown + " " + c.unit());
        o.group().setAttribute("data-value", Numbers.format(value));
    }

    private void pressed() {
        drag = null;
        if (!editor.locked() || !(editor.state().gesture() instanceof Gesture.Playing playing)) {
            return;
        }
        List<Control> controls = byBox.get(prefix() + playing.boxId());
        BoxGeometry geometry = editor.layout().box(playing.boxId());
        if (controls == null || geometry == null) {
            return;
        }
        Control c = controls.get(0);
        double value = Controls.shown(c, values);
        if (c.kind() == Kind.BUTTON) {
            setAll(controls, 1);
        } else if (c.kind() == Kind.CHECKBOX) {
            setAll(controls, value != 0 ? 0 : 1);
        }
        drag = new Drag(controls, value, geometry.rect().width() * editor.state().view().scale());
    }

    private void moved() {
        if (drag == null || !CanvasPlay.draggable(drag.controls().get(0))
                || !(editor.state().gesture() instanceof Gesture.Playing playing)) {
            return;
        }
        double dx = playing.screenCurrent().x() - playing.screenStart().x();
        double dy = playing.screenCurrent().y() - playing.screenStart().y();
        double next = CanvasPlay.dragged(drag.controls().get(0), drag.start(), dx, dy, drag.width());
        if (next != Controls.shown(drag.controls().get(0), values)) {
            setAll(drag.controls(), next);
        }
    }

    private void released() {
        if (drag != null && drag.controls().get(0).kind() == Kind.BUTTON) {
            setAll(drag.controls(), 0);
        }
        drag = null;
    }

    private void setAll(List<Control> controls, double value) {
        for (Control c : controls) {
            setter.set(c.address(), c.snap(value));
        }
    }

    private String prefix() {
        StringBuilder prefix = new StringBuilder();
        for (String id : editor.state().level()) {
            prefix.append(id).append('/');
        }
        return prefix.toString();
    }

    @org.teavm.jso.JSBody(params = {"child", "parent"}, script = "return child.parentNode === parent;")
    private static native boolean childOf(Element child, Element parent);

    @org.teavm.jso.JSBody(params = "e", script = "if (e.parentNode) e.parentNode.removeChild(e);")
    private static native void detach(Element e);
}
