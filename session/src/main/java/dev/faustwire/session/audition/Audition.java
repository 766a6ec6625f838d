package dev.faustwire.session.audition;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.json.JsonWriter;
import dev.faustwire.core.model.Patch;
import java.util.List;

/**
 * The page's sound, as decisions: on or off, which program to compile when (through a
 * {@link CompileSchedule}), which answer to play, what the page says meanwhile, and the values
 * carried to a new DSP. The page does the Web Audio work it is told to.
 */
public final class Audition {
    /** What the page shows beside the audio button. */
    public enum Status {
        OFF("off"), COMPILING("compiling"), PLAYING("playing"), SILENT("no program"),
        FAILED("compile failed: the last good sound plays");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final AuditionOptions options;
    private final CompileSchedule schedule = new CompileSchedule();
    private final ParamValues values = new ParamValues();
    private boolean on;
    private boolean playing;
    private boolean failed;
    private List<Diagnostic> failure = List.of();

    public Audition(AuditionOptions options) {
        this.options = options;
    }

    public AuditionOptions options() {
        return options;
    }

    public ParamValues values() {
        return values;
    }

    public boolean on() {
        return on;
    }

    /** Switches sound on (with the program now) or off (the page stops its DSP). */
    public void switchOn(boolean wanted, String program, double nowMs) {
        on = wanted;
        schedule.reset();
        playing = false;
        failed = false;
        failure = List.of();
        if (wanted) {
            schedule.edited(program, nowMs - CompileSchedule.PAUSE_MS); // the first sound is not delayed
        }
    }

    /** The generated program after an edit (null when the patch has none). */
    public void edited(String program, double nowMs) {
        if (on) {
            schedule.edited(program, nowMs);
        }
    }

    /** Milliseconds until {@link #due} has a request, or -1 when none waits. */
    public double waitMs(double nowMs) {
        return on ? schedule.waitMs(nowMs) : -1;
    }

    /** The number of the compile request to post now, or 0 when none is due. */
    public int due(double nowMs) {
        return on ? schedule.due(nowMs) : 0;
    }

    /** The DSP to play for the answer to request {@code number}, or null (overtaken, failed, or sound off). */
    public CompiledDsp answered(int number, String answer) {
        if (!on || !schedule.answered(number)) {
            return null;
        }
        CompiledDsp dsp = answer == null ? null : CompiledDsp.read(answer);
        heard(dsp != null, answer);
        return dsp;
    }

    /** As {@link #answered} for a compile asked with {@code "poly": true}: the instrument to play, or null. */
    public CompiledPoly answeredPoly(int number, String answer) {
        if (!on || !schedule.answered(number)) {
            return null;
        }
        CompiledPoly poly = answer == null ? null : CompiledPoly.read(answer);
        heard(poly != null, answer);
        return poly;
    }

    private void heard(boolean playable, String answer) {
        failed = !playable;
        failure = failed ? CompileFailure.read(answer) : List.of();
        if (playable) {
            playing = true;
        }
    }

    /** The diagnostics of the newest compile when it failed, else none. */
    public List<Diagnostic> failure() {
        return failure;
    }

    public Status status() {
        if (!on) {
            return Status.OFF;
        }
        if (schedule.compiling()) {
            return Status.COMPILING;
        }
        if (failed) {
            return Status.FAILED;
        }
        return playing ? Status.PLAYING : Status.SILENT;
    }

    /** The body of a compile request for the voice and effect of an instrument ({@link Instrument}). */
    public static String polyRequestBody(Patch patch, String path) {
        String mono = requestBody(patch, path);
        return mono.substring(0, mono.length() - 1) + ", \"poly\": true}";
    }

    /** The body of a compile request for a patch, with its workspace path (null for none). */
    public static String requestBody(Patch patch, String path) {
        return requestBody(patch, path, null);
    }

    /** The body of a compile request with an audition tap, {@code "tap": {...}} ({@code tap} null for none). */
    public static String requestBody(Patch patch, String path, String tap) {
        return "{\"patch\": " + PatchWriter.write(patch)
                + (path == null ? "" : ", \"path\": " + JsonWriter.write(new JsonString(path)))
                + (tap == null ? "" : ", \"tap\": " + tap) + "}";
    }
}
