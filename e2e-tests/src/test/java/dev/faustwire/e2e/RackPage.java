package dev.faustwire.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** What the rack's tests share: patches written into the workspace, the rack's strips, drops, captures. */
final class RackPage {
    private RackPage() {
    }

    /** A chain of boxes, each into the next, as a patch's JSON. */
    static String chain(String... boxes) {
        StringBuilder b = new StringBuilder("{\"format\": \"faustwire-patch\", \"version\": 1, \"boxes\": {");
        for (int i = 0; i < boxes.length; i++) {
            b.append(i == 0 ? "" : ", ").append("\"box-").append(i + 1).append("\": {\"text\": \"").append(boxes[i])
                    .append("\", \"rect\": [15, ").append(15 + 60 * i).append(", 160, 22]}");
        }
        b.append("}, \"lines\": {");
        for (int i = 0; i + 1 < boxes.length; i++) {
            b.append(i == 0 ? "" : ", ").append("\"line-").append(i + 1).append("\": {\"src\": [\"box-").append(i + 1)
                    .append("\", 0], \"dest\": [\"box-").append(i + 2).append("\", 0]}");
        }
        return b.append("}, \"props\": {}}").toString();
    }

    static void write(Path workspace, String name, String text) throws IOException {
        Files.writeString(workspace.resolve(name), text);
    }

    /** The editor plays {@code os.osc 330 -> * 0.1 -> out 1}, wired by mouse and keyboard, audio switched on. */
    static void editorSine(Patcher p, int hz) {
        p.typeBox(80, 60, "os.osc " + hz);
        p.typeBox(80, 150, "* 0.1");
        p.typeBox(80, 240, "out 1");
        p.wire("box-1", 0, "box-2", 0);
        p.wire("box-2", 0, "box-3", 0);
        AuditionIT.switchAudioOn(p.page);
        assertThat(strip(p.page, "editor")).hasAttribute("data-playing", "true");
    }

    static Locator strip(Page page, String slot) {
        return page.locator("[data-role='rack'] [data-slot='" + slot + "']");
    }

    /** Adds a workspace patch through the rack's "Add to rack…" choice; waits until the new slot plays. */
    static Locator add(Page page, String path, String slot) {
        Locator choice = page.locator("[data-role='rack-add']");
        assertThat(choice.locator("option[value='" + path + "']")).hasCount(1);
        choice.selectOption(path);
        Locator strip = strip(page, slot);
        assertThat(strip).hasAttribute("data-playing", "true", new LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
        page.waitForFunction("id => window.faustwireRack.playing(id)", slot);
        return strip;
    }

    /** Drops a file on an element as the browser does for a file dragged from the desktop. */
    static void dropFile(Page page, Locator on, String name, String text) {
        JSHandle transfer = page.evaluateHandle("([name, text]) => { const t = new DataTransfer();"
                + " t.items.add(new File([text], name, {type: 'application/octet-stream'})); return t; }", List.of(name, text));
        on.dispatchEvent("dragover", Map.of("dataTransfer", transfer));
        on.dispatchEvent("drop", Map.of("dataTransfer", transfer));
    }

    /** Drops a text (a workspace address, Faust text) on an element. */
    static void dropText(Page page, Locator on, String text) {
        JSHandle transfer = page.evaluateHandle("text => { const t = new DataTransfer(); t.setData('text/plain', text);"
                + " return t; }", text);
        on.dispatchEvent("dragover", Map.of("dataTransfer", transfer));
        on.dispatchEvent("drop", Map.of("dataTransfer", transfer));
    }

    /** Samples recorded since the last take, with the frame of the first and the rack's swap frames. */
    record Capture(int rate, long frame, double[] samples, long[] swaps) {
    }

    static Capture take(Page page) {
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) page.evaluate("() => { const r = window.faustwireAudio.takeRecording();"
                + " const bytes = new Uint8Array(Float32Array.from(r.samples).buffer); let text = '';"
                + " for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));"
                + " return {rate: r.rate, frame: r.frame, swaps: window.faustwireRack.swapFrames(), data: btoa(text)}; }");
        ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode((String) r.get("data"))).order(ByteOrder.LITTLE_ENDIAN);
        double[] samples = new double[buffer.remaining() / 4];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = buffer.getFloat();
        }
        List<?> swaps = (List<?>) r.get("swaps");
        long[] frames = new long[swaps.size()];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = ((Number) swaps.get(i)).longValue();
        }
        return new Capture(((Number) r.get("rate")).intValue(), ((Number) r.get("frame")).longValue(), samples, frames);
    }

    /** About a second of sound from now, after what was just set has settled. */
    static Capture listen(Page page) {
        page.waitForTimeout(400);
        take(page);
        page.waitForTimeout(1100);
        return take(page);
    }

    static double amplitude(Capture c, double hz) {
        return Spectrum.amplitude(c.samples(), c.rate(), hz);
    }

    static void screenshot(Page page, String name) {
        Path shot = E2e.TARGET.resolve("screenshots").resolve(name);
        page.locator("[data-role='rack']").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(shot));
        System.out.println("[rack] screenshot " + shot.toAbsolutePath());
    }
}
