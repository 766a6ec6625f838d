package dev.faustwire.web;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.editor.PatchEditor;
import dev.faustwire.core.model.Patch;
import dev.faustwire.session.EditingSession;
import dev.faustwire.session.Generated;
import dev.faustwire.session.inspect.Attribute;
import dev.faustwire.session.inspect.BoxInfo;
import dev.faustwire.session.inspect.ControlRanges;
import dev.faustwire.session.inspect.LibraryDoc;
import dev.faustwire.session.inspect.PortInfo;
import dev.faustwire.session.inspect.RangeField;
import java.util.List;
import java.util.Set;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The inspector ({@code data-role="inspector"}): the selected box's text, kind, library doc, named
 * ports, attributes, control ranges as fields that edit the box text, stored label and problems.
 * Rebuilt after a paint only when the selection, the level or the patch changed.
 */
final class InspectorPanel {
    private final Page page;
    private final EditingSession session;
    private final HTMLElement section;
    private String shownBox;
    private List<String> shownLevel;
    private Patch shownPatch;
    private Generated shownProgram;
    /** The range field that had the focus when the panel was rebuilt, to give it back. */
    private String focusedField;
    private Diagnostic fieldProblem;

    InspectorPanel(Page page, HTMLElement section) {
        this.page = page;
        this.session = page.session();
        this.section = section;
    }

    /** Shows the panel's box again if anything it shows changed; cheap when nothing did. */
    void update() {
        PatchEditor editor = session.editor();
        Set<String> selected = editor.state().selection().boxes();
        String box = selected.size() == 1 ? selected.iterator().next() : null;
        Patch patch = session.model().patch();
        Generated program = session.generated();
        if (java.util.Objects.equals(box, shownBox) && editor.levelPath().equals(shownLevel) && patch == shownPatch
                && program == shownProgram) {
            return;
        }
        if (!java.util.Objects.equals(box, shownBox)) {
            fieldProblem = null;
        }
        shownBox = box;
        shownLevel = editor.levelPath();
        shownPatch = patch;
        shownProgram = program;
        render(box == null ? null : session.inspector().inspect(editor.level(), editor.levelPath(), box, program),
                selected.size());
    }

    /** Ctrl+J: the panel scrolls into view and takes the focus (its first field, else itself). */
    void showAndFocus() {
        update();
        focus(section);
    }

    private void render(BoxInfo info, int selected) {
        Dom.clear(section);
        if (info == null) {
            section.removeAttribute("data-box-id");
            section.appendChild(Elements.text("p", "empty", selected > 1 ? "Select one box to inspect it ("
                    + selected + " are selected)." : "Select a box to see what it is (Ctrl+J comes here)."));
            return;
        }
        section.setAttribute("data-box-id", info.path());
        HTMLElement text = Elements.text("p", "inspector-text", info.text());
        text.setAttribute("data-role", "inspector-text");
        section.appendChild(text);
        HTMLElement kind = Elements.text("p", "inspector-kind", info.kind() + (info.kindDoc().isEmpty() ? ""
                : ": " + info.kindDoc()));
        kind.setAttribute("data-role", "inspector-kind");
        section.appendChild(kind);
        if (info.doc() != null) {
            section.appendChild(doc(info.doc()));
        }
        section.appendChild(ports("Inlets", info.inlets()));
        section.appendChild(ports("Outlets", info.outlets()));
        if (!info.attributes().isEmpty()) {
            HTMLElement list = list("Attributes", "inspector-attributes");
            for (Attribute a : info.attributes()) {
                list.appendChild(Elements.text("li", "", "@" + a.name() + " " + a.value()));
            }
            section.appendChild(list);
        }
        if (!info.ranges().isEmpty()) {
            section.appendChild(ranges(info));
        }
        if (info.storedLabel() != null) {
            HTMLElement label = Elements.text("p", "inspector-label", "Stored label: " + info.storedLabel());
            label.setAttribute("data-role", "inspector-label");
            section.appendChild(label);
        }
        if (!info.diagnostics().isEmpty()) {
            HTMLElement problems = list("Problems", "inspector-problems");
            for (Diagnostic d : info.diagnostics()) {
                HTMLElement item = Elements.text("li", d.severity().label(), d.code().id() + " " + d.message());
                item.setAttribute("data-code", d.code().id());
                problems.appendChild(item);
            }
            section.appendChild(problems);
        }
    }

    private HTMLElement doc(LibraryDoc doc) {
        HTMLElement div = Elements.element("div", "inspector-doc");
        div.setAttribute("data-role", "inspector-doc");
        div.appendChild(Elements.text("p", "doc-name", doc.name() + " (" + doc.library() + ")"));
        if (!doc.summary().isEmpty()) {
            div.appendChild(Elements.text("p", "doc-summary", doc.summary().trim()));
        }
        if (!doc.usage().isEmpty()) {
            div.appendChild(Elements.text("pre", "doc-usage", doc.usage().trim()));
        }
        if (!doc.params().isEmpty()) {
            HTMLElement params = Elements.text("p", "doc-params", "Parameters: " + String.join(", ", doc.params()));
            params.setAttribute("data-role", "inspector-params");
            div.appendChild(params);
        }
        if (doc.notABox() != null) {
            HTMLElement why = Elements.text("p", "doc-not-a-box", "Not a box: it " + doc.notABox()
                    + ". Call it from a code box (type \u201ccode\u201d, then this Faust text):");
            why.setAttribute("data-role", "inspector-not-a-box");
            div.appendChild(why);
            div.appendChild(Elements.text("pre", "doc-usage", doc.codeExample()));
        }
        return div;
    }

    private static HTMLElement ports(String title, List<PortInfo> ports) {
        HTMLElement list = list(title, "inspector-" + title.toLowerCase());
        if (ports.isEmpty()) {
            list.appendChild(Elements.text("li", "none", "none"));
        }
        for (PortInfo p : ports) {
            HTMLElement item = Elements.element("li", "");
            item.setAttribute("data-port", p.port());
            item.appendChild(Elements.text("span", "port-index", (p.outlet() ? "out " : "in ") + (p.index() + 1)));
            item.appendChild(Elements.text("span", "port-name", p.name()));
            if (!p.definitions().isEmpty()) {
                item.appendChild(Elements.text("span", "port-definitions", (p.outlet() ? "= " : "\u2190 ")
                        + String.join(", ", p.definitions())));
            }
            list.appendChild(item);
        }
        return list;
    }

    private HTMLElement ranges(BoxInfo info) {
        HTMLElement div = Elements.element("div", "inspector-ranges");
        div.setAttribute("data-role", "inspector-ranges");
        for (RangeField field : info.ranges()) {
            HTMLElement label = Elements.text("label", "", field.name() + " ");
            HTMLInputElement input = Elements.input("text", "");
            input.setAttribute("inputmode", "decimal");
            input.setAttribute("data-field", field.name());
            input.setAttribute("spellcheck", "false");
            input.setValue(field.value());
            input.addEventListener("keydown", event -> {
                if (((KeyboardEvent) event).getKey().equals("Enter")) {
                    event.preventDefault();
                    commit(info, field.name(), input.getValue());
                }
            });
            input.addEventListener("change", event -> commit(info, field.name(), input.getValue()));
            label.appendChild(input);
            div.appendChild(label);
        }
        if (fieldProblem != null) {
            HTMLElement problem = Elements.text("p", "error", fieldProblem.code().id() + " " + fieldProblem.message());
            problem.setAttribute("data-role", "inspector-problem");
            problem.setAttribute("role", "alert");
            div.appendChild(problem);
        }
        return div;
    }

    /** A range field's new value: the box text changes (one undo step), or the field says why it cannot. */
    private void commit(BoxInfo info, String field, String typed) {
        String current = session.editor().level().box(info.boxId()) == null ? null
                : session.editor().level().box(info.boxId()).text();
        if (current == null) {
            return;
        }
        ControlRanges.Edited edited = ControlRanges.set(info.path(), current, field, typed);
        focusedField = field;
        if (edited.ok()) {
            fieldProblem = null;
            if (!edited.text().equals(current)) {
                session.editor().setBoxText(info.boxId(), edited.text());
            }
        } else {
            fieldProblem = edited.problem();
        }
        shownPatch = null; // show the new text, or the problem, now
        page.refresh();
        HTMLElement again = (HTMLElement) section.querySelector("input[data-field='" + focusedField + "']");
        if (again != null) {
            focus(again);
        }
    }

    /** A list with its title shown above it (from {@code data-title}, by the style sheet) and as its accessible name. */
    private static HTMLElement list(String title, String role) {
        HTMLElement list = Elements.element("ul", "inspector-list");
        list.setAttribute("data-role", role);
        list.setAttribute("data-title", title);
        list.setAttribute("aria-label", title);
        return list;
    }

    @JSBody(params = "element", script = "if (!element.hasAttribute('tabindex') && element.tagName === 'SECTION')"
            + " element.setAttribute('tabindex', '-1'); element.scrollIntoView({block: 'nearest'}); element.focus();")
    private static native void focus(JSObject element);
}
