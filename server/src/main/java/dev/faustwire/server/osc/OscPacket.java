package dev.faustwire.server.osc;

import java.util.List;

/** An OSC packet as received: a message (its address may be a pattern) or a bundle of packets. */
sealed interface OscPacket {
    /** A message: address (or address pattern) and arguments (Integer, Long, Float, Double, String, byte[], Boolean, null). */
    record Message(String address, List<Object> args) implements OscPacket {
        public Message {
            args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
        }
    }

    /** A bundle: its packets in order (the time tag is not kept: everything is done at once, as libOSCFaust does). */
    record Bundle(List<OscPacket> packets) implements OscPacket {
        public Bundle {
            packets = List.copyOf(packets);
        }
    }
}
