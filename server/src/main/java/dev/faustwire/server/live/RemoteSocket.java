package dev.faustwire.server.live;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faustwire.server.toolchain.DspControl;
import java.util.Optional;

/**
 * A phone's socket on one slot number: it is told the slot's UI and values (again whenever the slot
 * plays something else), each value set elsewhere, and when the slot closes; it sets values and
 * asks for a dropped file to be played.
 */
final class RemoteSocket implements LiveListener {
    private final LiveHub hub;
    private final LivePeer peer;
    private final int number;

    RemoteSocket(LiveHub hub, LivePeer peer, int number) {
        this.hub = hub;
        this.peer = peer;
        this.number = number;
    }

    LivePeer peer() {
        return peer;
    }

    int number() {
        return number;
    }

    /** Says what plays in the slot now (or that nothing does). */
    void greet() {
        Optional<LiveSlot> slot = hub.slot(number);
        if (slot.isPresent()) {
            slotChanged(slot.get());
        } else {
            slotClosed(number);
        }
    }

    void received(String text) {
        try {
            LiveMessage m = LiveMessage.parse(text);
            switch (m.type()) {
                case "set" -> {
                    String address = m.text("address");
                    if (hub.set(number, address, m.number("value"), this).isEmpty()) {
                        throw new LiveMessage.Malformed("slot " + number + " has no control " + address);
                    }
                }
                case "replace" -> {
                    if (!hub.replace(number, m.text("name"), m.text("text"), this)) {
                        throw new LiveMessage.Malformed("slot " + number + " does not play");
                    }
                }
                default -> throw new LiveMessage.Malformed("unknown type " + m.type());
            }
        } catch (LiveMessage.Malformed | IllegalArgumentException e) {
            peer.ignored(e.getMessage());
        }
    }

    @Override
    public void slotChanged(LiveSlot slot) {
        if (slot.number() != number) {
            return;
        }
        ObjectNode m = LiveMessage.of("ui");
        m.put("slot", number);
        m.put("name", slot.name());
        m.put("json", slot.json());
        ObjectNode values = m.putObject("values");
        for (DspControl c : slot.controls()) {
            if (c.isInput()) {
                values.put(c.address(), slot.value(c));
            }
        }
        peer.send(LiveMessage.write(m));
    }

    @Override
    public void valueChanged(LiveSlot slot, String address, double value, Object origin) {
        if (slot.number() == number && origin != this) {
            ObjectNode m = LiveMessage.of("set");
            m.put("address", address);
            m.put("value", value);
            peer.send(LiveMessage.write(m));
        }
    }

    @Override
    public void slotClosed(int closed) {
        if (closed == number) {
            peer.send(LiveMessage.write(LiveMessage.of("closed")));
        }
    }
}
