package dev.faustwire.session.audition;

/**
 * When the page compiles for sound: a program that changed is posted once the edits pause
 * ({@link #PAUSE_MS} after the last one), a program already asked for is never posted again, and
 * an answer overtaken by a newer request is dropped. No clock and no timers: the page passes the
 * time of each edit and asks {@link #due} at its next tick.
 */
public final class CompileSchedule {
    /** The pause after the last edit before a compile is posted. */
    public static final double PAUSE_MS = 150;

    private String requested;
    private int lastRequest;
    private String waiting;
    private double waitingSince;
    private boolean running;

    /** The generated program now (null when the patch has none); {@code nowMs} is the edit's time. */
    public void edited(String program, double nowMs) {
        if (program == null || program.equals(requested)) {
            waiting = null; // back to what was asked: its answer, still to come or played, is the right one
            return;
        }
        if (!program.equals(waiting)) {
            waiting = program;
            waitingSince = nowMs;
        }
    }

    /** The milliseconds from {@code nowMs} until {@link #due} has a request, or -1 when none waits. */
    public double waitMs(double nowMs) {
        return waiting == null ? -1 : Math.max(0, waitingSince + PAUSE_MS - nowMs);
    }

    /** The number of the request to post now (its program is {@link #requested()}), or 0 when none is due. */
    public int due(double nowMs) {
        if (waiting == null || nowMs < waitingSince + PAUSE_MS) {
            return 0;
        }
        requested = waiting;
        waiting = null;
        running = true;
        return ++lastRequest;
    }

    /** The program of the last request posted. */
    public String requested() {
        return requested;
    }

    /** True when the answer to request {@code number} is the newest and should be played (or reported). */
    public boolean answered(int number) {
        if (number != lastRequest) {
            return false;
        }
        running = false;
        return true;
    }

    /** True while the newest request has no answer yet. */
    public boolean compiling() {
        return running;
    }

    /** Forgets what was asked, so that the same program is compiled again (audio switched off and on). */
    public void reset() {
        requested = null;
        waiting = null;
        running = false;
        lastRequest++; // answers still on their way are dropped
    }
}
