package dev.faustwire.session.live;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps a value that came from the server from going straight back as a new set: the page applies it
 * (which tells every listener, the live link too), and the link's own echo of it is dropped once.
 */
public final class LiveEcho {
    /** By slot, then address: the value the server set last and the page has not reported yet. */
    private final Map<String, Map<String, Double>> expected = new LinkedHashMap<>();

    /** The server set this value: the next report of exactly it for that slot and address is an echo. */
    public void expect(String slot, String address, double value) {
        expected.computeIfAbsent(slot, s -> new LinkedHashMap<>()).put(address, value);
    }

    /** Whether a value the page reports is the echo of one the server set (forgotten once seen). */
    public boolean isEcho(String slot, String address, double value) {
        Map<String, Double> bySlot = expected.get(slot);
        Double wanted = bySlot == null ? null : bySlot.remove(address);
        return wanted != null && wanted.doubleValue() == value;
    }

    /** Forgets what was expected of a slot (it stopped or its socket closed). */
    public void forget(String slot) {
        expected.remove(slot);
    }
}
