package dev.faustwire.e2e;

import com.microsoft.playwright.Page;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.Map;

/**
 * The page's recorder read cheaply: the samples cross from the page as one base64 text of 32-bit
 * floats (a JSON array of numbers costs the test JVM gigabytes of garbage when the machine is busy).
 */
final class Recording {
    private Recording() {
    }

    /** Samples at a rate. */
    record Capture(int rate, double[] samples) {
    }

    /** Forgets what the recorder took so far, without reading it. */
    static void drop(Page page) {
        page.evaluate("() => { window.faustwireAudio.takeRecording(); }");
    }

    /** The samples recorded since the last take or drop. */
    static Capture take(Page page) {
        return fromBase64(page.evaluate("() => { const r = window.faustwireAudio.takeRecording();"
                + " const bytes = new Uint8Array(Float32Array.from(r.samples).buffer); let text = '';"
                + " for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));"
                + " return {rate: r.rate, data: btoa(text)}; }"));
    }

    /** What a page's script returned as {@code {rate, data}}, data the base64 of little-endian 32-bit floats. */
    static Capture fromBase64(Object evaluated) {
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) evaluated;
        ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode((String) r.get("data"))).order(ByteOrder.LITTLE_ENDIAN);
        double[] samples = new double[buffer.remaining() / 4];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = buffer.getFloat();
        }
        return new Capture(((Number) r.get("rate")).intValue(), samples);
    }

    /** About a second of sound from now, after what was just played has settled. */
    static Capture listen(Page page) {
        page.waitForTimeout(400);
        drop(page);
        page.waitForTimeout(1100);
        return take(page);
    }
}
