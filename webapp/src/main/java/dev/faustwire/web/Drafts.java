package dev.faustwire.web;

import dev.faustwire.core.model.Patch;
import dev.faustwire.session.Draft;
import dev.faustwire.session.EditingSession;
import org.teavm.jso.browser.Storage;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Keeps the open patch in the browser's storage every few seconds while it has unsaved changes,
 * and offers it back when the page opens again (after a crash, a closed tab, a reload).
 */
final class Drafts {
    static final String KEY = "faustwire.draft";
    /** How often the draft is kept (ms). */
    static final int EVERY = 2000;

    private final EditingSession session;
    private final Files files;
    private final HTMLElement banner;
    private Patch kept;

    Drafts(EditingSession session, Files files, HTMLElement banner) {
        this.session = session;
        this.files = files;
        this.banner = banner;
    }

    /** Offers a kept draft, then keeps one every few seconds. */
    void start() {
        Draft draft = Draft.read(storage().getItem(KEY));
        if (draft != null) {
            offer(draft);
        }
        Dom.every(this::keep, EVERY);
        Dom.onLeave(() -> {
            keep();
            return session.unsaved();
        });
    }

    /**
     * Keeps the draft now if the patch has unsaved changes that were not kept yet; forgets it once
     * the patch is saved (or back to its saved state).
     */
    void keep() {
        if (banner.getAttribute("data-offered") != null) {
            return; // the kept draft waits for the person's answer; nothing overwrites it
        }
        if (!session.unsaved()) {
            if (kept != null) {
                storage().removeItem(KEY);
                kept = null;
            }
            return;
        }
        Patch patch = session.model().patch();
        if (patch != kept) {
            kept = patch;
            storage().setItem(KEY, new Draft(session.document(), patch, Dom.epochMillis(), files.companions()).write());
        }
    }

    private void offer(Draft draft) {
        banner.setAttribute("data-offered", "true");
        ((HTMLElement) banner.querySelector("[data-role='draft-message']")).setTextContent(
                "Unsaved changes to " + draft.document().name() + " from " + Dom.localTime(draft.keptAt())
                        + " were kept in this browser.");
        banner.getStyle().setProperty("display", "flex");
        banner.querySelector("[data-choice='restore']").addEventListener("click", event -> {
            close();
            session.open(draft.document(), draft.patch());
            files.restored(draft.document().path(), draft.files());
        });
        banner.querySelector("[data-choice='discard']").addEventListener("click", event -> {
            close();
            storage().removeItem(KEY);
        });
    }

    private void close() {
        banner.getStyle().setProperty("display", "none");
        banner.removeAttribute("data-offered");
    }

    private static Storage storage() {
        return Storage.getLocalStorage();
    }
}
