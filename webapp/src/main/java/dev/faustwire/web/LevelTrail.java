package dev.faustwire.web;

import dev.faustwire.core.subpatch.Breadcrumbs.Crumb;
import java.util.List;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The breadcrumbs over the canvas ({@code <nav data-role="breadcrumbs">}): a button per document and
 * level above the open one, the open one as plain text; shown only inside a sub-patcher, after
 * opening a file sub-patcher, or with a notice to give. Drawn again only when its text changed.
 */
final class LevelTrail {
    interface Opener {
        void open(Crumb crumb);
    }

    private final HTMLElement nav;
    private final Opener opener;
    private String shown = "";

    LevelTrail(HTMLElement nav, Opener opener) {
        this.nav = nav;
        this.opener = opener;
    }

    void show(List<Crumb> crumbs, String notice) {
        StringBuilder key = new StringBuilder(notice);
        for (Crumb crumb : crumbs) {
            key.append('|').append(crumb.label()).append(crumb.path()).append(crumb.document());
        }
        if (key.toString().equals(shown)) {
            return;
        }
        shown = key.toString();
        boolean useful = crumbs.size() > 1 || !notice.isEmpty();
        nav.setHidden(!useful);
        Dom.clear(nav);
        HTMLDocument document = HTMLDocument.current();
        HTMLElement list = document.createElement("ol");
        for (Crumb crumb : crumbs) {
            HTMLElement item = document.createElement("li");
            HTMLElement label;
            if (crumb.current()) {
                label = document.createElement("span");
                label.setAttribute("aria-current", "location");
            } else {
                label = document.createElement("button");
                label.setAttribute("type", "button");
                label.addEventListener("click", event -> opener.open(crumb));
            }
            label.setAttribute("data-role", "crumb");
            label.setAttribute("data-level", String.join("/", crumb.path()));
            label.setTextContent(crumb.label());
            item.appendChild(label);
            list.appendChild(item);
        }
        nav.appendChild(list);
        HTMLElement status = document.createElement("span");
        status.setAttribute("data-role", "sub-notice");
        status.setAttribute("role", "status");
        status.setTextContent(notice);
        nav.appendChild(status);
    }
}
