package dev.faustwire.session.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editor page's side of the live hub, without the socket: which slots play, their numbers on the
 * hub, the values set on the page; it says what to send on each event and what the page must do with
 * each message from the server (set a control, play a dropped file). A value the server set is not sent
 * back ({@link LiveEcho}); values set before a slot was opened are sent once it is.
 */
public final class LiveHost {
    /** What the page does for a server message: {@code set} or {@code replace} on a slot's control, or nothing. */
    public record Action(String kind, String slot, String address, double value, String name, String text) {
        static final Action NONE = new Action("none", null, null, Double.NaN, null, null);
    }

    private final LiveEcho echo = new LiveEcho();
    /** Each playing slot's name and faust's JSON, by slot id, in the order they started. */
    private final Map<String, String[]> playing = new LinkedHashMap<>();
    private final Map<String, Map<String, Double>> values = new LinkedHashMap<>();
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<String, String> remotes = new LinkedHashMap<>();
    private boolean connected;
    private int oscPort;

    /** A slot plays a DSP (new or swapped in): the message to send now, if any. */
    public List<String> playing(String slot, String name, String dspJson) {
        playing.put(slot, new String[] {name, dspJson});
        List<String> out = new ArrayList<>();
        if (connected) {
            Integer number = numbers.get(slot);
            out.add(number != null ? LiveProtocol.update(number, name, dspJson) : LiveProtocol.open(slot, name, dspJson));
        }
        return out;
    }

    /** A control moved on the page: the message to send, or null (not opened yet, or the echo of the server's value). */
    public String valueSet(String slot, String address, double value) {
        values.computeIfAbsent(slot, s -> new LinkedHashMap<>()).put(address, value);
        if (echo.isEcho(slot, address, value)) {
            return null;
        }
        Integer number = numbers.get(slot);
        return number != null && connected ? LiveProtocol.set(number, address, value) : null;
    }

    /** A slot stopped: the message to send, if any. */
    public List<String> stopped(String slot) {
        playing.remove(slot);
        values.remove(slot);
        echo.forget(slot);
        remotes.remove(slot);
        Integer number = numbers.remove(slot);
        List<String> out = new ArrayList<>();
        if (number != null && connected) {
            out.add(LiveProtocol.close(number));
        }
        return out;
    }

    /** The socket opened: every playing slot is opened on the hub. */
    public List<String> connected() {
        connected = true;
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String[]> e : playing.entrySet()) {
            out.add(LiveProtocol.open(e.getKey(), e.getValue()[0], e.getValue()[1]));
        }
        return out;
    }

    /** The socket closed: the hub forgot the slots (they are opened again on the next connection). */
    public void disconnected() {
        connected = false;
        numbers.clear();
        remotes.clear();
    }

    /** A server message: what the page does; {@code reply} gets the messages to send back (values of an opened slot). */
    public Action received(String text, List<String> reply) {
        LiveProtocol.Message m = LiveProtocol.read(text);
        if (m == null) {
            return Action.NONE;
        }
        switch (m.type()) {
            case "opened" -> {
                if (!playing.containsKey(m.key())) {
                    reply.add(LiveProtocol.close(m.slot()));
                    return Action.NONE;
                }
                numbers.put(m.key(), m.slot());
                remotes.put(m.key(), m.remote());
                if (m.osc() > 0) {
                    oscPort = m.osc();
                }
                Map<String, Double> known = values.get(m.key());
                if (known != null) {
                    for (Map.Entry<String, Double> e : known.entrySet()) {
                        reply.add(LiveProtocol.set(m.slot(), e.getKey(), e.getValue()));
                    }
                }
                return new Action("opened", m.key(), null, Double.NaN, null, null);
            }
            case "set" -> {
                String slot = slotOf(m.slot());
                if (slot == null) {
                    return Action.NONE;
                }
                echo.expect(slot, m.address(), m.value());
                return new Action("set", slot, m.address(), m.value(), null, null);
            }
            case "replace" -> {
                String slot = slotOf(m.slot());
                return slot == null ? Action.NONE : new Action("replace", slot, null, Double.NaN, m.name(), m.text());
            }
            default -> {
                return Action.NONE;
            }
        }
    }

    /** The slot id of a hub number, or null. */
    public String slotOf(int number) {
        for (Map.Entry<String, Integer> e : numbers.entrySet()) {
            if (e.getValue() == number) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The playing slots opened on the hub, in the order they play: id to number. */
    public Map<String, Integer> numbers() {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (String slot : playing.keySet()) {
            Integer n = numbers.get(slot);
            if (n != null) {
                ordered.put(slot, n);
            }
        }
        return ordered;
    }

    /** A playing slot's name (its id when it does not play). */
    public String name(String slot) {
        String[] p = playing.get(slot);
        return p == null ? slot : p[0];
    }

    /** A slot's phone page, or null before it is opened. */
    public String remote(String slot) {
        return remotes.get(slot);
    }

    public int oscPort() {
        return oscPort;
    }

    /** Told by the server's info when OSC runs. */
    public void oscPort(int port) {
        oscPort = port;
    }

    public boolean anyPlaying() {
        return !playing.isEmpty();
    }
}
