package dev.faustwire.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The Remote section: for each slot that plays (the editor's, the rack's), the address of its phone
 * page as a link and as a QR code to scan, the OSC port when OSC runs, and the link's state.
 */
final class RemotePanel {
    private final HTMLElement root;
    private final LiveLink link;
    /** The codes shown, by address: kept across redraws so that a code being scanned never blinks. */
    private Map<String, HTMLElement> codes = new LinkedHashMap<>();

    RemotePanel(HTMLElement root, LiveLink link) {
        this.root = root;
        this.link = link;
        link.onChange(this::show);
        show();
    }

    private void show() {
        HTMLElement list = (HTMLElement) root.querySelector("[data-role='remote-slots']");
        HTMLElement status = (HTMLElement) root.querySelector("[data-role='remote-status']");
        Dom.clear(list);
        Map<String, HTMLElement> shown = codes;
        codes = new LinkedHashMap<>();
        Map<String, Integer> numbers = link.numbers();
        status.setAttribute("data-state", link.state());
        status.setTextContent(statusText());
        if (numbers.isEmpty()) {
            list.appendChild(Elements.text("p", "empty", link.anyPlaying() ? "Connecting to the server…"
                    : "Switch audio on to control the patch from a phone."));
            return;
        }
        for (Map.Entry<String, Integer> e : numbers.entrySet()) {
            list.appendChild(slot(e.getKey(), e.getValue(), shown));
        }
        if (link.oscPort() > 0) {
            HTMLElement osc = Elements.text("p", "remote-osc", "OSC: UDP port " + link.oscPort() + " of this server");
            osc.setAttribute("data-role", "remote-osc");
            list.appendChild(osc);
        }
    }

    private HTMLElement slot(String id, int number, Map<String, HTMLElement> shown) {
        String address = link.remote(id);
        HTMLElement item = Elements.element("div", "remote-slot");
        item.setAttribute("data-slot", id);
        item.setAttribute("data-number", Integer.toString(number));
        HTMLElement name = Elements.text("p", "remote-name", link.name(id));
        name.appendChild(Elements.text("span", "remote-id", Slots.EDITOR.equals(id) ? " · the editor" : " · " + id));
        item.appendChild(name);
        HTMLElement a = Elements.text("a", "remote-link", address);
        a.setAttribute("data-role", "remote-link");
        a.setAttribute("href", address);
        a.setAttribute("target", "_blank");
        a.setAttribute("rel", "noopener");
        item.appendChild(a);
        item.appendChild(code(address, number, shown));
        return item;
    }

    /** The QR image of an address: the one already shown when the address has not changed, so it does not reload. */
    private HTMLElement code(String address, int number, Map<String, HTMLElement> shown) {
        HTMLElement qr = shown.get(address);
        if (qr == null) {
            qr = Elements.element("img", "remote-qr");
            qr.setAttribute("data-role", "remote-qr");
            String token = link.token();
            qr.setAttribute("src", "/api/live/qr.svg?slot=" + number + (token == null ? "" : "&token=" + RemoteWire.encode(token)));
            qr.setAttribute("alt", "QR code of " + address);
            qr.setAttribute("width", "164");
            qr.setAttribute("height", "164");
        }
        codes.put(address, qr);
        return qr;
    }

    private String statusText() {
        return switch (link.state()) {
            case "connected" -> "Scan the code with a phone on the same network to play the controls there.";
            case "disconnected" -> "Disconnected from the server; trying again.";
            case "refused" -> "The server wants its token: open the editor with the address the server printed.";
            default -> "";
        };
    }
}
