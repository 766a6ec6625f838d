package dev.faustwire.web;

import dev.faustwire.session.scope.LevelMeter;
import dev.faustwire.session.scope.ScopeTrace;
import dev.faustwire.session.scope.SpectrumScale;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSByRef;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The scope panel: once per animation frame while audio is on and the panel shows, it reads the
 * newest samples and spectrum of the output (or of the probed wire) from audio.js, lets the session
 * decide the trace and the spectrum's columns, and hands the numbers to scope.js to draw. The
 * spectrum's peak goes into {@code data-peak-hz}, the probed wire's level to its meter.
 */
final class Scope {
    /** Samples the analysers keep: 170 ms at 48 kHz, bins of 5.9 Hz. */
    private static final int FFT_SIZE = 8192;
    /** Samples across the scope: 21 ms at 48 kHz, about nine periods of 440 Hz. */
    private static final int SPAN = 1024;

    private final HTMLElement trace;
    private final HTMLElement spectrum;
    private final HTMLElement source;
    private final Probe probe;
    private final float[] samples = new float[FFT_SIZE];
    private final float[] bins = new float[FFT_SIZE / 2];
    private boolean running;
    private int frames;
    private boolean on;

    private Scope(HTMLElement trace, HTMLElement spectrum, HTMLElement source, Probe probe) {
        this.trace = trace;
        this.spectrum = spectrum;
        this.source = source;
        this.probe = probe;
    }

    static Scope install(HTMLDocument document, Probe probe) {
        return new Scope((HTMLElement) document.querySelector("[data-role='scope']"),
                (HTMLElement) document.querySelector("[data-role='spectrum']"),
                (HTMLElement) document.querySelector("[data-role='scope-source']"), probe);
    }

    /** Audio switched on or off: the frames run only while it is on. */
    void audio(boolean nowOn) {
        on = nowOn;
        if (on && !running) {
            running = true;
            Dom.nextFrame(this::frame);
        }
        if (!on) {
            source.setTextContent("Switch audio on to see the output; click a wire to probe it.");
            spectrum.removeAttribute("data-peak-hz");
        }
    }

    private void frame() {
        if (!on) {
            running = false;
            return;
        }
        Dom.nextFrame(this::frame);
        frames++;
        if (frames % 2 == 1 || !visible(trace)) {
            return; // 30 pictures a second are enough to read, and leave the page's thread to editing
        }
        double began = Dom.now();
        draw();
        cost(Dom.now() - began);
    }

    private void draw() {
        String which = probe.showing() ? "probe" : "master";
        source.setTextContent(probe.showing() ? "Probed wire (not sent to the speakers); Escape drops it."
                : "Output; click a wire to probe it.");
        source.setAttribute("data-source", which);
        if (scopeData(which, "time", samples)) {
            int width = canvasWidth(trace);
            double[] ys = ScopeTrace.columns(samples, SPAN, width, canvasHeight(trace));
            drawTrace(trace, ys, which.equals("probe") ? "probe" : "output");
            if (which.equals("probe")) {
                probe.level(LevelMeter.rms(samples));
            }
        }
        if (scopeData(which, "frequency", bins)) {
            double rate = sampleRate();
            int width = canvasWidth(spectrum);
            double height = canvasHeight(spectrum);
            double[] ys = SpectrumScale.columns(bins, rate, width, height);
            double peak = SpectrumScale.peakHz(bins, rate);
            List<SpectrumScale.Tick> frequencies = SpectrumScale.frequencyTicks(rate / 2, width);
            List<SpectrumScale.Tick> levels = SpectrumScale.dbTicks(height);
            drawSpectrum(spectrum, ys, positions(frequencies), labels(frequencies), positions(levels), labels(levels),
                    peak < 0 ? "no peak" : "peak " + LevelMeter.fixed(peak, 1) + " Hz");
            if (peak < 0) {
                spectrum.removeAttribute("data-peak-hz");
            } else {
                spectrum.setAttribute("data-peak-hz", LevelMeter.fixed(peak, 2));
            }
        }
    }

    private static double[] positions(List<SpectrumScale.Tick> ticks) {
        double[] at = new double[ticks.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = ticks.get(i).position();
        }
        return at;
    }

    private static String labels(List<SpectrumScale.Tick> ticks) {
        StringBuilder text = new StringBuilder();
        for (SpectrumScale.Tick tick : ticks) {
            text.append(text.length() == 0 ? "" : "|").append(tick.label());
        }
        return text.toString();
    }

    /** The milliseconds of the last 120 drawn frames, for tests to print: {@code window.faustwireScopeCosts}. */
    @JSBody(params = "ms", script = "var c = window.faustwireScopeCosts = window.faustwireScopeCosts || [];"
            + " c.push(ms); if (c.length > 120) c.shift();")
    private static native void cost(double ms);

    @JSBody(params = "element", script = "return !document.hidden && element.offsetParent !== null;")
    private static native boolean visible(JSObject element);

    @JSBody(params = "canvas", script = "return canvas.width;")
    private static native int canvasWidth(JSObject canvas);

    @JSBody(params = "canvas", script = "return canvas.height;")
    private static native double canvasHeight(JSObject canvas);

    @JSBody(params = {"which", "kind", "into"}, script = "return window.faustwireAudio.scopeData(which, kind, into);")
    private static native boolean scopeData(String which, String kind, @JSByRef float[] into);

    @JSBody(script = "return window.faustwireAudio.sampleRate();")
    private static native double sampleRate();

    @JSBody(params = {"canvas", "ys", "label"}, script = "window.faustwireScope.drawTrace(canvas, ys, label);")
    private static native void drawTrace(JSObject canvas, @JSByRef double[] ys, String label);

    @JSBody(params = {"canvas", "ys", "xs", "xLabels", "dbYs", "dbLabels", "peak"},
            script = "window.faustwireScope.drawSpectrum(canvas, ys, xs, xLabels, dbYs, dbLabels, peak);")
    private static native void drawSpectrum(JSObject canvas, @JSByRef double[] ys, @JSByRef double[] xs, String xLabels,
            @JSByRef double[] dbYs, String dbLabels, String peak);
}
