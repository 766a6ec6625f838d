package dev.faustwire.server.osc;

/** The three UDP ports of one OSC endpoint, as libOSCFaust's {@code -port -outport -errport}: in, replies, errors. */
public record OscPorts(int in, int out, int err) {
}
