package dev.faustwire.server.osc;

import java.util.function.LongSupplier;

/** A token bucket: at most {@code burst} at once, refilled at {@code perSecond}; thread-safe. */
final class RateLimit {
    private final double perNano;
    private final double burst;
    private final LongSupplier nanoClock;
    private double tokens;
    private long last;

    RateLimit(double perSecond, double burst, LongSupplier nanoClock) {
        this.perNano = perSecond / 1e9;
        this.burst = burst;
        this.nanoClock = nanoClock;
        this.tokens = burst;
        this.last = nanoClock.getAsLong();
    }

    RateLimit(double perSecond, double burst) {
        this(perSecond, burst, System::nanoTime);
    }

    /** Takes one token if there is one. */
    synchronized boolean tryTake() {
        long now = nanoClock.getAsLong();
        tokens = Math.min(burst, tokens + (now - last) * perNano);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
