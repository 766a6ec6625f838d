package dev.faustwire.server.osc;

import java.net.InetAddress;

/** Who sent an OSC message: its address and source port; the origin of the values it sets in the hub. */
record OscSender(InetAddress address, int port) {
}
