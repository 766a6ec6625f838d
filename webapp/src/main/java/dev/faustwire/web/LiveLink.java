package dev.faustwire.web;

import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.session.live.LiveHost;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The page's link to the server's live hub (docs/live.md): each slot that plays is opened there, its
 * moves are sent, and moves and dropped files from phones (or OSC) come back through the slot's
 * {@link Slots.Control}. The socket opens when something first plays and comes back when it drops; what
 * to send and do is session's {@link LiveHost}.
 */
final class LiveLink implements Slots.Listener {
    private final Slots slots;
    private final LiveHost host = new LiveHost();
    private final List<Runnable> changes = new ArrayList<>();
    private RemoteWire wire;
    private boolean started;
    private String token;
    private String state = "off";

    LiveLink(Slots slots) {
        this.slots = slots;
        this.token = RemoteWire.pageToken();
    }

    /** Calls back on every change worth showing (a slot opened or stopped, the socket up or down). */
    void onChange(Runnable listener) {
        changes.add(listener);
    }

    @Override
    public void playing(String slot, String name, String dspJson) {
        boolean renamed = host.numbers().containsKey(slot) && !name.equals(host.name(slot));
        send(host.playing(slot, name, dspJson));
        if (renamed) {
            changed();
        }
        if (!started) {
            start();
        }
    }

    @Override
    public void valueSet(String slot, String address, double value) {
        String message = host.valueSet(slot, address, value);
        if (message != null && wire != null) {
            wire.send(message);
        }
    }

    @Override
    public void stopped(String slot) {
        send(host.stopped(slot));
        changed();
    }

    /** Asks the server who may control and where phones go, then opens the socket. */
    private void start() {
        started = true;
        state = "connecting";
        String query = token == null ? "" : "?token=" + RemoteWire.encode(token);
        Http.get("/api/live/info" + query, new Http.Answer() {
            @Override
            public void ok(String text) {
                readInfo(text);
                connect();
            }

            @Override
            public void failed(String message) {
                connect();
            }
        });
    }

    private void readInfo(String text) {
        try {
            if (JsonParser.parse(text).value() instanceof JsonObject info) {
                if (token == null && info.get("token") instanceof JsonString t) {
                    token = t.value();
                }
                if (info.get("oscPort") instanceof JsonNumber port && port.isInt()) {
                    host.oscPort(Integer.parseInt(port.text()));
                }
            }
        } catch (RuntimeException e) {
            // no info: the socket says whether it may open
        }
    }

    private void connect() {
        String query = token == null ? "" : "?token=" + RemoteWire.encode(token);
        wire = new RemoteWire("/api/live/host" + query, new RemoteWire.Events() {
            @Override
            public void opened() {
                state = "connected";
                send(host.connected());
                changed();
            }

            @Override
            public void message(String text) {
                received(text);
            }

            @Override
            public void closed(boolean everOpened) {
                state = everOpened ? "disconnected" : "refused";
                host.disconnected();
                changed();
            }
        });
        wire.connect();
    }

    private void received(String text) {
        List<String> reply = new ArrayList<>();
        LiveHost.Action action = host.received(text, reply);
        send(reply);
        Slots.Control control = action.slot() == null ? null : slots.control(action.slot());
        switch (action.kind()) {
            case "opened" -> changed();
            case "set" -> {
                if (control != null) {
                    control.set(action.address(), action.value());
                }
            }
            case "replace" -> {
                if (control != null) {
                    control.replace(action.name(), action.text());
                }
            }
            default -> {
                // nothing for the page
            }
        }
    }

    private void send(List<String> messages) {
        if (wire != null) {
            for (String m : messages) {
                wire.send(m);
            }
        }
    }

    private void changed() {
        for (Runnable r : new ArrayList<>(changes)) {
            r.run();
        }
    }

    /** The playing slots opened on the hub, in the order they play: id to number. */
    Map<String, Integer> numbers() {
        return host.numbers();
    }

    String name(String slot) {
        return host.name(slot);
    }

    String remote(String slot) {
        return host.remote(slot);
    }

    /** The token the page presents, or null. */
    String token() {
        return token;
    }

    int oscPort() {
        return host.oscPort();
    }

    /** off, connecting, connected, disconnected or refused. */
    String state() {
        return state;
    }

    boolean anyPlaying() {
        return host.anyPlaying();
    }
}
