package dev.faustwire.server.live;

import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;

/** How many phones may watch one slot, and how many sockets one address may hold: a bound on what a client can make the server keep. */
final class RemoteLimits {
    private final int perSlot;
    private final int perAddress;
    private final Map<Integer, Integer> bySlot = new LinkedHashMap<>();
    private final Map<InetAddress, Integer> byAddress = new LinkedHashMap<>();

    RemoteLimits(int perSlot, int perAddress) {
        this.perSlot = perSlot;
        this.perAddress = perAddress;
    }

    /** Counts a new socket in, or says no (and counts nothing) when either bound is reached. */
    synchronized boolean admit(int slot, InetAddress address) {
        if (bySlot.getOrDefault(slot, 0) >= perSlot || byAddress.getOrDefault(address, 0) >= perAddress) {
            return false;
        }
        bySlot.merge(slot, 1, Integer::sum);
        byAddress.merge(address, 1, Integer::sum);
        return true;
    }

    synchronized void release(int slot, InetAddress address) {
        bySlot.computeIfPresent(slot, (k, n) -> n <= 1 ? null : n - 1);
        byAddress.computeIfPresent(address, (k, n) -> n <= 1 ? null : n - 1);
    }
}
