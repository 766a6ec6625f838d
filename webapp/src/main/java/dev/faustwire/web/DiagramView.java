package dev.faustwire.web;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.editor.PatchEditor;
import dev.faustwire.session.audition.Audition;
import dev.faustwire.session.diagram.DiagramNavigation;
import java.util.List;
import java.util.Objects;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The block diagram view ({@code data-role="diagram-panel"}, opened by the View nav's Diagram
 * button): Faust's own SVG diagram of the patch's program, drawn by the server on demand, shown
 * inline after the server's whitelist (and parsed here as SVG, never as HTML). A block's link opens
 * its sub-diagram, Back and Top return; a block whose label is a definition of a box selects that
 * box on the canvas.
 */
final class DiagramView {
    private final Page page;
    private final HTMLElement button;
    private final HTMLElement panel;
    private final HTMLElement view;
    private final HTMLElement trail;
    private final HTMLElement status;
    private DiagramNavigation navigation;
    private int request;
    /** The label of the block whose box the last click selected, said once its diagram is shown; null for none. */
    private String selectedLabel;
    /** The program the diagram shown was drawn from, to tell when the patch's meaning changed since. */
    private String drawnCode;
    private boolean stale;

    private DiagramView(Page page, HTMLElement button, HTMLElement panel) {
        this.page = page;
        this.button = button;
        this.panel = panel;
        this.view = (HTMLElement) panel.querySelector("[data-role='diagram-view']");
        this.trail = (HTMLElement) panel.querySelector("[data-role='diagram-trail']");
        this.status = (HTMLElement) panel.querySelector("[data-role='diagram-status']");
    }

    /** Wires the button and the panel of the page. */
    static void install(HTMLDocument document, Page page) {
        HTMLElement button = (HTMLElement) document.querySelector("[data-role='diagram']");
        HTMLElement panel = (HTMLElement) document.querySelector("[data-role='diagram-panel']");
        DiagramView diagram = new DiagramView(page, button, panel);
        button.addEventListener("click", event -> diagram.toggle());
        diagram.action("diagram-back", () -> {
            if (diagram.navigation != null && diagram.navigation.back()) {
                diagram.load();
            }
        });
        diagram.action("diagram-top", () -> {
            if (diagram.navigation != null) {
                diagram.navigation.top();
                diagram.load();
            }
        });
        diagram.action("diagram-redraw", diagram::draw);
        diagram.action("diagram-close", diagram::close);
        diagram.view.addEventListener("click", diagram::clicked);
        page.onPaint(diagram::checkStale);
    }

    private void action(String name, Runnable run) {
        panel.querySelector("[data-action='" + name + "']").addEventListener("click", event -> run.run());
    }

    private void toggle() {
        if (panel.hasAttribute("hidden")) {
            panel.removeAttribute("hidden");
            button.setAttribute("aria-pressed", "true");
            draw();
        } else {
            close();
        }
    }

    private void close() {
        panel.setAttribute("hidden", "");
        button.setAttribute("aria-pressed", "false");
    }

    /** Asks the server to draw the patch as it is now, and shows the top of its diagram. */
    private void draw() {
        int asked = ++request;
        say("Drawing the block diagram…");
        drawnCode = page.session().generated().code();
        setStale(false);
        String body = Audition.requestBody(page.session().model().patch(), page.session().document().path());
        Http.send("POST", "/api/diagram", body, null, null, (code, etag, text) -> {
            if (asked != request) {
                return;
            }
            DiagramNavigation drawn = code == 200 ? DiagramNavigation.of(text) : null;
            if (drawn == null) {
                navigation = null;
                Dom.clear(view);
                trail.setTextContent("");
                say(DiagramNavigation.problem(text, code == 0 ? "The server cannot be reached" : "HTTP " + code));
                panel.setAttribute("data-state", "failed");
                List<Diagnostic> problems = DiagramNavigation.diagnostics(text);
                if (!problems.isEmpty()) {
                    page.showCompileFailure(problems); // E054, or the patch's own errors, on their boxes in Problems
                }
                return;
            }
            navigation = drawn;
            load();
        });
    }

    /** Shows the file the navigation is at. */
    private void load() {
        int asked = ++request;
        String name = navigation.current();
        Http.get(navigation.url(), new Http.Answer() {
            @Override
            public void ok(String text) {
                if (asked != request) {
                    return;
                }
                if (!showSvg(view, text)) {
                    say("The diagram file is not SVG");
                    panel.setAttribute("data-state", "failed");
                    return;
                }
                panel.setAttribute("data-state", "shown");
                panel.setAttribute("data-file", name);
                trail.setTextContent(String.join(" › ", navigation.trail()));
                say(selectedLabel != null ? selectedLabel + ": its box is selected on the canvas"
                        : navigation.trail().size() > 1 ? "Click a block to open it; Back or the background goes up."
                        : "Click a block to open it and select its box.");
                selectedLabel = null;
            }

            @Override
            public void failed(String message) {
                if (asked == request) {
                    say(message);
                    panel.setAttribute("data-state", "failed");
                }
            }
        });
    }

    /** A click in the diagram: a block's link opens its file, and its box is selected where its label names one. */
    private void clicked(Event event) {
        String href = linkOf(event.getTarget());
        if (href == null) {
            return;
        }
        event.preventDefault();
        if (navigation == null) {
            return;
        }
        if (isBackground(event.getTarget()) && navigation.back()) {
            // Faust's link up (its background): back along the way the person came, wherever Faust's link points
            panel.setAttribute("data-selected", "");
            load();
            return;
        }
        String label = labelOf(view, href);
        String box = navigation.boxOf(label);
        if (box != null) {
            PatchEditor editor = page.session().editor();
            if (editor.locked()) {
                editor.setLocked(false);
            }
            if (editor.reveal(box)) {
                page.refresh();
            } else {
                box = null;
            }
        }
        panel.setAttribute("data-selected", box == null ? "" : box);
        selectedLabel = box == null ? null : label;
        if (navigation.follow(href)) {
            load();
        } else if (box != null) {
            say(label + ": its box is selected on the canvas");
        }
    }

    /** After each paint, while the view is open: says when the patch no longer means what the diagram shows. */
    private void checkStale() {
        if (navigation == null || panel.hasAttribute("hidden")) {
            return;
        }
        boolean changed = !Objects.equals(drawnCode, page.session().generated().code());
        if (changed != stale) {
            setStale(changed);
            if (changed) {
                say("The patch changed since this diagram was drawn; Redraw draws it again.");
            }
        }
    }

    private void setStale(boolean now) {
        stale = now;
        panel.setAttribute("data-stale", Boolean.toString(now));
    }

    private void say(String text) {
        status.setTextContent(text);
    }

    /**
     * Parses the text as SVG (an XML parser: no HTML parsing quirks), drops anything that could run
     * (the server's whitelist already did), and puts it in the view; false when it is not an SVG document.
     */
    @JSBody(params = {"host", "text"}, script = ""
            + "var doc = new DOMParser().parseFromString(text, 'image/svg+xml');"
            + "var root = doc.documentElement;"
            + "if (!root || root.namespaceURI !== 'http://www.w3.org/2000/svg' || root.localName !== 'svg'"
            + "    || doc.getElementsByTagName('parsererror').length) return false;"
            + "root.querySelectorAll('script,style,foreignObject,iframe,image,use,animate,set').forEach(function (e) { e.remove(); });"
            + "root.querySelectorAll('*').forEach(function (e) {"
            + "  Array.prototype.slice.call(e.attributes).forEach(function (a) {"
            + "    if (/^on/i.test(a.name)) e.removeAttribute(a.name); });"
            + "});"
            + "root.setAttribute('role', 'group');"
            + "root.setAttribute('aria-label', 'Block diagram');"
            + "host.replaceChildren(document.importNode(root, true));"
            + "return true;")
    private static native boolean showSvg(JSObject host, String text);

    /** The link of the SVG {@code a} element a click landed in, or null. */
    @JSBody(params = "target", script = ""
            + "var a = target && target.closest ? target.closest('a') : null;"
            + "if (!a) return null;"
            + "return a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') || a.getAttribute('href');")
    private static native String linkOf(JSObject target);

    /** True when a click landed in Faust's link up: the sub-diagram's background, the first link and one with no text. */
    @JSBody(params = "target", script = ""
            + "var a = target && target.closest ? target.closest('a') : null;"
            + "var root = a ? a.ownerSVGElement : null;"
            + "return !!(a && root && a.parentNode === root && root.querySelector('a') === a && !a.querySelector('text'));")
    private static native boolean isBackground(JSObject target);

    /** The label of the block that links to {@code href}: the text of one of the links to it, or null. */
    @JSBody(params = {"host", "href"}, script = ""
            + "var links = host.querySelectorAll('a');"
            + "for (var i = 0; i < links.length; i++) {"
            + "  var a = links[i];"
            + "  var to = a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') || a.getAttribute('href');"
            + "  var text = a.querySelector('text');"
            + "  if (to === href && text && text.textContent.trim()) return text.textContent.trim();"
            + "}"
            + "return null;")
    private static native String labelOf(JSObject host, String href);
}
