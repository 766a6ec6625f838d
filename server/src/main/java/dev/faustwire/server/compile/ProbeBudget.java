package dev.faustwire.server.compile;

import java.time.Duration;

/**
 * What one request may spend on probing code boxes: a number of probes and a total time. Answers
 * already known cost nothing; once either bound is reached, later code boxes get no probe and keep
 * their arity unknown (E022, with a message saying why). Used by one request's thread at a time.
 */
public final class ProbeBudget {
    /** 8 probes of a request: a patch seldom has more code boxes without {@code @ins}/{@code @outs}. */
    public static final int DEFAULT_PROBES = 8;
    /** 10 s of probing per request: two probes that time out, or many quick ones. */
    public static final Duration DEFAULT_TIME = Duration.ofSeconds(10);

    private final int maxProbes;
    private final long maxNanos;
    private int probes;
    private long spentNanos;
    private boolean ranOut;

    public ProbeBudget(int maxProbes, Duration maxTime) {
        this.maxProbes = maxProbes;
        this.maxNanos = maxTime.toNanos();
    }

    /** The budget of one compile or render request. */
    public static ProbeBudget perRequest() {
        return new ProbeBudget(DEFAULT_PROBES, DEFAULT_TIME);
    }

    /** No bound (the command line, which runs for the person who typed it). */
    public static ProbeBudget unlimited() {
        return new ProbeBudget(Integer.MAX_VALUE, Duration.ofDays(1));
    }

    /** True and counted when one more probe may run; false (and remembered) when the budget is spent. */
    synchronized boolean take() {
        if (probes >= maxProbes || spentNanos >= maxNanos) {
            ranOut = true;
            return false;
        }
        probes++;
        return true;
    }

    synchronized void spend(long nanos) {
        spentNanos += nanos;
    }

    /** True when at least one code box went without a probe because the budget was spent. */
    public synchronized boolean ranOut() {
        return ranOut;
    }

    public synchronized int probes() {
        return probes;
    }

    /** The sentence the arity-unknown diagnostics of the boxes left without a probe get. */
    public String exhaustedMessage() {
        return "the inputs and outputs of this code box are not known: this request's probe budget ("
                + maxProbes + " probes, " + Duration.ofNanos(maxNanos).toSeconds()
                + " s) ran out before this box; give them as @ins and @outs";
    }
}
