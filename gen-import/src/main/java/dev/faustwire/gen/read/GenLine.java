package dev.faustwire.gen.read;

/** One patch cord of a Gen patcher: outlet {@code sourcePort} of one box to inlet {@code destPort} of another. */
public record GenLine(String sourceId, int sourcePort, String destId, int destPort) {
}
