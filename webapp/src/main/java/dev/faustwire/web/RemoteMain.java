package dev.faustwire.web;

import dev.faustwire.session.audition.Controls;
import dev.faustwire.session.audition.ParamValues;
import dev.faustwire.session.live.LiveProtocol;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The phone page ({@code /remote/N}): the controls of slot N drawn by the editor's own
 * {@link ControlsPanel}, kept in step with the editor through the live socket; a file dropped on the
 * page is sent to be played instead.
 */
final class RemoteMain {
    /** Larger files are not sent: the server refuses messages over 4 MiB. */
    private static final int MAX_FILE_CHARS = (4 << 20) - 4096;
    static final String NEEDS_LINK = "This page needs the link from the QR code.";

    private final HTMLElement status;
    private final HTMLElement title;
    private final HTMLElement controls;
    private final ParamValues values = new ParamValues();
    private final ControlsPanel panel;
    private RemoteWire wire;
    private boolean playing;

    private RemoteMain(HTMLDocument document) {
        status = (HTMLElement) document.querySelector("[data-role='remote-status']");
        title = (HTMLElement) document.querySelector("[data-role='remote-title']");
        controls = (HTMLElement) document.querySelector("[data-role='controls']");
        panel = new ControlsPanel(controls, values, this::moved);
    }

    static void start() {
        HTMLDocument document = HTMLDocument.current();
        RemoteMain page = new RemoteMain(document);
        int number = slotNumber(pathname());
        String token = RemoteWire.pageToken();
        if (number < 1) {
            page.say("denied", NEEDS_LINK);
            return;
        }
        page.wire = new RemoteWire("/api/live/remote/" + number + (token == null ? "" : "?token=" + RemoteWire.encode(token)),
                new RemoteWire.Events() {
                    @Override
                    public void opened() {
                        page.say("connected", "connected");
                    }

                    @Override
                    public void message(String text) {
                        page.received(LiveProtocol.read(text));
                    }

                    @Override
                    public void closed(boolean everOpened) {
                        if (everOpened) {
                            page.say("disconnected", "disconnected, reconnecting…");
                        } else {
                            page.say("denied", NEEDS_LINK);
                        }
                    }
                });
        page.wire.connect();
        Dom.StringFunction2 dropped = page::dropped;
        Dom.onFileDrop(document, dropped);
    }

    private void moved(String address, double value) {
        values.set(address, value);
        panel.showValue(address);
        wire.send(LiveProtocol.remoteSet(address, value));
    }

    private void received(LiveProtocol.Message m) {
        if (m == null) {
            return;
        }
        switch (m.type()) {
            case "ui" -> {
                playing = true;
                for (Map.Entry<String, Double> e : m.values().entrySet()) {
                    values.set(e.getKey(), e.getValue());
                }
                title.setTextContent(m.name() == null ? "Faustwire" : m.name());
                Dom.setTitle((m.name() == null ? "" : m.name() + " – ") + "Faustwire remote");
                panel.show(m.json(), Controls.read(m.json()));
                for (String address : m.values().keySet()) {
                    panel.showValue(address);
                }
                say("connected", "connected");
            }
            case "set" -> {
                values.set(m.address(), m.value());
                panel.showValue(m.address());
            }
            case "closed" -> {
                playing = false;
                panel.show("", java.util.List.of());
                Dom.clear(controls);
                controls.appendChild(Elements.text("p", "empty", "Nothing plays in this slot now: it comes back here when the editor plays it again."));
                say("stopped", "stopped in the editor");
            }
            default -> {
                // the editor's messages are not for phones
            }
        }
    }

    /** A file dropped on the page: a .dsp, .json or .dsppat is sent to be played instead; others are refused unread. */
    private String dropped(String name, String text) {
        String lower = name.toLowerCase();
        boolean fits = lower.endsWith(".dsp") || lower.endsWith(".json") || lower.endsWith(".dsppat");
        if (!fits) {
            say(statusState(), "Drop a .dsp, .json or .dsppat file to play it instead.");
            return "refused";
        }
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_FILE_CHARS) {
            say(statusState(), name + " is too large to send (4 MiB at most).");
            return null;
        }
        if (!playing || !wire.send(LiveProtocol.replace(name, text))) {
            say(statusState(), "Nothing plays here to replace.");
            return null;
        }
        say(statusState(), "Sent " + name + " to the editor.");
        return null;
    }

    private String statusState() {
        return status.getAttribute("data-state") == null ? "" : status.getAttribute("data-state");
    }

    private void say(String state, String text) {
        status.setAttribute("data-state", state);
        status.setTextContent(text);
        if (state.equals("denied")) {
            Dom.clear(controls);
        }
    }

    /** N of a path {@code /remote/N}, or -1. */
    static int slotNumber(String path) {
        String prefix = "/remote/";
        if (!path.startsWith(prefix)) {
            return -1;
        }
        String digits = path.substring(prefix.length());
        if (digits.isEmpty() || digits.length() > 7) {
            return -1;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(digits);
    }

    @JSBody(script = "return window.location.pathname;")
    private static native String pathname();
}
