package dev.faustwire.server.live;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * An editor page's socket to the hub: it opens, updates and closes the slots that play on that page
 * (and only those), sets their values, and hears the values and dropped files coming from elsewhere
 * (phones, OSC). Its slots close when it goes away.
 */
final class HostSocket implements LiveListener {
    /** Slots one editor page may hold open at once. */
    static final int MAX_SLOTS = 64;

    private final LiveHub hub;
    private final LivePeer peer;
    /** Where a slot's remote page is, for the answer to {@code open}. */
    private final IntFunction<String> remoteAddress;
    /** The OSC in-port that reaches a slot number (0 for none). */
    private final java.util.function.IntUnaryOperator oscPort;
    /** The page's slot key of each slot number it holds open. */
    private final Map<Integer, String> owned = new LinkedHashMap<>();
    /** The number each key had last, reused when that key plays again. */
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    HostSocket(LiveHub hub, LivePeer peer, IntFunction<String> remoteAddress, java.util.function.IntUnaryOperator oscPort) {
        this.hub = hub;
        this.peer = peer;
        this.remoteAddress = remoteAddress;
        this.oscPort = oscPort;
    }

    LivePeer peer() {
        return peer;
    }

    void received(String text) {
        try {
            LiveMessage m = LiveMessage.parse(text);
            switch (m.type()) {
                case "open" -> open(m.text("key"), m.text("name"), m.text("json"));
                case "update" -> update(m.slot("slot"), m.text("name"), m.text("json"));
                case "set" -> set(m.slot("slot"), m.text("address"), m.number("value"));
                case "close" -> close(m.slot("slot"));
                default -> throw new LiveMessage.Malformed("unknown type " + m.type());
            }
        } catch (LiveMessage.Malformed | IllegalArgumentException e) {
            peer.ignored(e.getMessage());
        }
    }

    private void open(String key, String name, String json) throws LiveMessage.Malformed {
        int number;
        synchronized (this) {
            Integer held = numbers.get(key);
            if (held != null && owned.containsKey(held)) {
                hub.update(held, name, json, this);
                number = held;
            } else if (owned.size() >= MAX_SLOTS) {
                throw new LiveMessage.Malformed("more than " + MAX_SLOTS + " slots open");
            } else if (held != null && hub.reopen(held, name, json, this)) {
                number = held;
            } else {
                number = hub.open(name, json, this);
            }
            owned.put(number, key);
            numbers.put(key, number);
        }
        ObjectNode answer = LiveMessage.of("opened");
        answer.put("key", key);
        answer.put("slot", number);
        answer.put("remote", remoteAddress.apply(number));
        answer.put("osc", oscPort.applyAsInt(number));
        peer.send(LiveMessage.write(answer));
    }

    private void update(int slot, String name, String json) throws LiveMessage.Malformed {
        mine(slot);
        hub.update(slot, name, json, this);
    }

    private void set(int slot, String address, double value) throws LiveMessage.Malformed {
        mine(slot);
        if (hub.set(slot, address, value, this).isEmpty()) {
            throw new LiveMessage.Malformed("slot " + slot + " has no control " + address);
        }
    }

    private void close(int slot) throws LiveMessage.Malformed {
        mine(slot);
        synchronized (this) {
            owned.remove(slot);
        }
        hub.close(slot);
    }

    private synchronized void mine(int slot) throws LiveMessage.Malformed {
        if (!owned.containsKey(slot)) {
            throw new LiveMessage.Malformed("slot " + slot + " is not this page's");
        }
    }

    private synchronized boolean owns(int slot) {
        return owned.containsKey(slot);
    }

    /** The page went away: its slots close. */
    void closed() {
        hub.unlisten(this);
        Map<Integer, String> held;
        synchronized (this) {
            held = new LinkedHashMap<>(owned);
            owned.clear();
        }
        held.keySet().forEach(hub::close);
    }

    @Override
    public void valueChanged(LiveSlot slot, String address, double value, Object origin) {
        if (origin != this && owns(slot.number())) {
            ObjectNode m = LiveMessage.of("set");
            m.put("slot", slot.number());
            m.put("address", address);
            m.put("value", value);
            peer.send(LiveMessage.write(m));
        }
    }

    @Override
    public void replaceAsked(LiveSlot slot, String fileName, String text, Object origin) {
        if (owns(slot.number())) {
            ObjectNode m = LiveMessage.of("replace");
            m.put("slot", slot.number());
            m.put("name", fileName);
            m.put("text", text);
            peer.send(LiveMessage.write(m));
        }
    }

    /** The hub's slot if this page holds it (for tests). */
    Optional<LiveSlot> slot(int number) {
        return owns(number) ? hub.slot(number) : Optional.empty();
    }
}
