package dev.faustwire.web;

import dev.faustwire.core.editor.PatchEditor;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.outline.ConnectChoices;
import dev.faustwire.core.outline.Outline;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The outline's connect dialog: from an outlet of a box to an inlet of another, chosen in three
 * labelled lists (each inlet said with what is connected there already). Connect makes the line
 * at the open level as one undo step and says so; Cancel or Escape changes nothing. Focus goes
 * back to the outline either way.
 */
final class ConnectDialog {
    private final Page page;
    private final PatchEditor editor;
    private final OutlineView outline;
    private final HTMLElement dialog;
    private final HTMLElement title;
    private final HTMLSelectElement outlet;
    private final HTMLSelectElement target;
    private final HTMLSelectElement inlet;
    private final HTMLElement ok;
    private String from;
    private List<Outline.Item> targets = List.of();
    private Runnable back = () -> { };

    ConnectDialog(Page page, OutlineView outline, HTMLElement dialog) {
        this.page = page;
        this.editor = page.session().editor();
        this.outline = outline;
        this.dialog = dialog;
        this.title = (HTMLElement) dialog.querySelector("[data-role='connect-title']");
        this.outlet = (HTMLSelectElement) dialog.querySelector("[data-role='connect-outlet']");
        this.target = (HTMLSelectElement) dialog.querySelector("[data-role='connect-target']");
        this.inlet = (HTMLSelectElement) dialog.querySelector("[data-role='connect-inlet']");
        this.ok = (HTMLElement) dialog.querySelector("[data-role='connect-ok']");
        target.addEventListener("change", event -> fillInlets());
        ok.addEventListener("click", event -> connect());
        dialog.querySelector("[data-role='connect-cancel']").addEventListener("click", event -> close());
        dialog.addEventListener("close", event -> back.run());
    }

    /** Opens the dialog from a box of the open level, that outlet chosen first; {@code after} runs once it closes. */
    void open(String boxId, int outletIndex, Runnable after) {
        Outline shown = outline.outline();
        Outline.Item item = shown.item(boxId);
        if (item == null) {
            return;
        }
        from = boxId;
        back = after;
        title.setTextContent("Connect " + ConnectChoices.label(item));
        fill(outlet, ConnectChoices.outlets(item));
        if (outletIndex < item.outlets()) {
            outlet.setSelectedIndex(outletIndex);
        }
        targets = ConnectChoices.targets(shown);
        Dom.clear(target);
        for (Outline.Item t : targets) {
            target.appendChild(Elements.text("option", "", ConnectChoices.label(t)));
        }
        int first = ConnectChoices.firstChoice(shown, boxId);
        if (first >= 0) {
            target.setSelectedIndex(first);
        }
        fillInlets();
        boolean possible = item.outlets() > 0 && !targets.isEmpty();
        setDisabled(ok, !possible);
        Dom.showModal(dialog);
        (item.outlets() > 1 ? outlet : target).focus();
    }

    private void fillInlets() {
        int chosen = target.getSelectedIndex();
        fill(inlet, chosen < 0 || chosen >= targets.size() ? List.of() : ConnectChoices.inlets(targets.get(chosen)));
    }

    private static void fill(HTMLSelectElement select, List<String> labels) {
        Dom.clear(select);
        for (String label : labels) {
            select.appendChild(Elements.text("option", "", label));
        }
        if (!labels.isEmpty()) {
            select.setSelectedIndex(0);
        }
    }

    private void connect() {
        Outline shown = outline.outline();
        int t = target.getSelectedIndex();
        int out = outlet.getSelectedIndex();
        int in = inlet.getSelectedIndex();
        if (from == null || t < 0 || t >= targets.size() || out < 0 || in < 0) {
            return;
        }
        Outline.Item source = shown.item(from);
        Outline.Item to = targets.get(t);
        if (source != null && editor.connect(new Port(from, out), new Port(to.boxId(), in))) {
            outline.announce(ConnectChoices.done(source, out, to, in));
        }
        close();
        page.refresh();
    }

    private void close() {
        Dom.closeDialog(dialog);
    }

    private static void setDisabled(HTMLElement button, boolean disabled) {
        if (disabled) {
            button.setAttribute("disabled", "");
        } else {
            button.removeAttribute("disabled");
        }
    }
}
