package dev.faustwire.web;

import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.session.live.LiveEcho;
import dev.faustwire.session.live.LiveProtocol;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page's link to the server's live hub (docs/live.md): each slot that plays is opened there, its
 * moves are sent, and moves and dropped files from phones (or OSC) come back through the slot's
 * {@link Slots.Control}. The socket opens when something first plays and comes back when it drops.
 */
final class LiveLink implements Slots.Listener {
    private final Slots slots;
    private final LiveEcho echo = new LiveEcho();
    /** What each playing slot plays: its name and faust's JSON. */
    private final Map<String, String[]> playing = new LinkedHashMap<>();
    /** The values each playing slot's controls were given on this page, by address. */
    private final Map<String, Map<String, Double>> values = new LinkedHashMap<>();
    /** The hub's number of each slot opened there, and its phone page's address. */
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<String, String> remotes = new LinkedHashMap<>();
    private final List<Runnable> changes = new ArrayList<>();
    private RemoteWire wire;
    private boolean started;
    private String token;
    private int oscPort;
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
        playing.put(slot, new String[] {name, dspJson});
        if (!started) {
            start();
        } else if (wire != null) {
            Integer number = numbers.get(slot);
            wire.send(number != null ? LiveProtocol.update(number, name, dspJson) : LiveProtocol.open(slot, name, dspJson));
        }
    }

    @Override
    public void valueSet(String slot, String address, double value) {
        values.computeIfAbsent(slot, s -> new LinkedHashMap<>()).put(address, value);
        if (echo.isEcho(slot, address, value)) {
            return;
        }
        Integer number = numbers.get(slot);
        if (number != null && wire != null) {
            wire.send(LiveProtocol.set(number, address, value));
        }
    }

    @Override
    public void stopped(String slot) {
        playing.remove(slot);
        values.remove(slot);
        echo.forget(slot);
        Integer number = numbers.remove(slot);
        remotes.remove(slot);
        if (number != null && wire != null) {
            wire.send(LiveProtocol.close(number));
        }
        changed();
    }

    /** Asks the server who may control and where phones go, then opens the socket. */
    private void start() {
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
        started = true;
    }

    private void readInfo(String text) {
        try {
            if (JsonParser.parse(text).value() instanceof JsonObject info) {
                if (token == null && info.get("token") instanceof JsonString t) {
                    token = t.value();
                }
                if (info.get("oscPort") instanceof JsonNumber port && port.isInt()) {
                    oscPort = Integer.parseInt(port.text());
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
                for (Map.Entry<String, String[]> e : playing.entrySet()) {
                    wire.send(LiveProtocol.open(e.getKey(), e.getValue()[0], e.getValue()[1]));
                }
                changed();
            }

            @Override
            public void message(String text) {
                received(LiveProtocol.read(text));
            }

            @Override
            public void closed(boolean everOpened) {
                state = everOpened ? "disconnected" : "refused";
                numbers.clear();
                changed();
            }
        });
        wire.connect();
    }

    private void received(LiveProtocol.Message m) {
        if (m == null) {
            return;
        }
        switch (m.type()) {
            case "opened" -> {
                if (!playing.containsKey(m.key())) {
                    wire.send(LiveProtocol.close(m.slot()));
                    return;
                }
                numbers.put(m.key(), m.slot());
                remotes.put(m.key(), m.remote());
                if (m.osc() > 0) {
                    oscPort = m.osc();
                }
                Map<String, Double> known = values.get(m.key());
                if (known != null) {
                    for (Map.Entry<String, Double> e : known.entrySet()) {
                        wire.send(LiveProtocol.set(m.slot(), e.getKey(), e.getValue()));
                    }
                }
                changed();
            }
            case "set" -> {
                String slot = slotOf(m.slot());
                Slots.Control control = slot == null ? null : slots.control(slot);
                if (control != null) {
                    echo.expect(slot, m.address(), m.value());
                    control.set(m.address(), m.value());
                }
            }
            case "replace" -> {
                String slot = slotOf(m.slot());
                Slots.Control control = slot == null ? null : slots.control(slot);
                if (control != null) {
                    control.replace(m.name(), m.text());
                }
            }
            default -> {
                // phones' messages are not for the editor
            }
        }
    }

    private String slotOf(int number) {
        for (Map.Entry<String, Integer> e : numbers.entrySet()) {
            if (e.getValue() == number) {
                return e.getKey();
            }
        }
        return null;
    }

    private void changed() {
        for (Runnable r : new ArrayList<>(changes)) {
            r.run();
        }
    }

    /** The playing slots opened on the hub, in the order they play: id to number. */
    Map<String, Integer> numbers() {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (String slot : playing.keySet()) {
            Integer n = numbers.get(slot);
            if (n != null) {
                ordered.put(slot, n);
            }
        }
        return ordered;
    }

    String name(String slot) {
        String[] p = playing.get(slot);
        return p == null ? slot : p[0];
    }

    String remote(String slot) {
        return remotes.get(slot);
    }

    /** The token the page presents, or null. */
    String token() {
        return token;
    }

    int oscPort() {
        return oscPort;
    }

    /** off, connecting, connected, disconnected or refused. */
    String state() {
        return state;
    }

    boolean anyPlaying() {
        return !playing.isEmpty();
    }
}
