package dev.faustwire.web;

import dev.faustwire.session.live.AudioSettings;
import dev.faustwire.session.live.AudioSettingsChoices;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The audio settings dialog (the Audio bar's "Settings" button): output device where the browser lets a
 * page choose one, sample rate and latency hint; Apply moves everything that plays to a new context.
 */
final class AudioSettingsPanel {
    private final Rack rack;
    private final HTMLElement dialog;
    private final HTMLSelectElement device;
    private final HTMLElement deviceNote;
    private final HTMLSelectElement rate;
    private final HTMLSelectElement latency;
    private final HTMLElement status;

    private AudioSettingsPanel(Rack rack, HTMLElement dialog) {
        this.rack = rack;
        this.dialog = dialog;
        this.device = (HTMLSelectElement) dialog.querySelector("[data-role='output-device']");
        this.deviceNote = (HTMLElement) dialog.querySelector("[data-role='output-device-note']");
        this.rate = (HTMLSelectElement) dialog.querySelector("[data-role='sample-rate']");
        this.latency = (HTMLSelectElement) dialog.querySelector("[data-role='latency']");
        this.status = (HTMLElement) dialog.querySelector("[data-role='audio-settings-status']");
    }

    static void install(HTMLDocument document, Rack rack) {
        AudioSettingsPanel panel = new AudioSettingsPanel(rack,
                (HTMLElement) document.querySelector("[data-role='audio-settings-dialog']"));
        for (int r : AudioSettingsChoices.SAMPLE_RATES) {
            HTMLElement option = Elements.text("option", "", AudioSettingsChoices.rateLabel(r));
            option.setAttribute("value", String.valueOf(r));
            panel.rate.appendChild(option);
        }
        for (String l : AudioSettingsChoices.LATENCIES) {
            HTMLElement option = Elements.text("option", "", l);
            option.setAttribute("value", l);
            panel.latency.appendChild(option);
        }
        ((HTMLElement) document.querySelector("[data-role='audio-settings']")).addEventListener("click", e -> panel.open());
        ((HTMLElement) panel.dialog.querySelector("[data-action='apply-audio-settings']"))
                .addEventListener("click", e -> panel.apply());
        ((HTMLElement) panel.dialog.querySelector("[data-action='close-audio-settings']"))
                .addEventListener("click", e -> Dom.closeDialog(panel.dialog));
    }

    private void open() {
        AudioSettings now = rack.settings();
        rate.setValue(String.valueOf(now.sampleRate()));
        latency.setValue(now.latency());
        status.setTextContent(describe(currentRate()));
        listDevices(device, now.outputDevice(), available -> {
            if (available) {
                deviceNote.setTextContent("");
                device.removeAttribute("disabled");
            } else {
                deviceNote.setTextContent("Choosing the output device is not available in this browser: the page plays"
                        + " on the system's default output.");
                device.setAttribute("disabled", "");
            }
        });
        Dom.showModal(dialog);
    }

    private void apply() {
        int chosenRate;
        try {
            chosenRate = Integer.parseInt(rate.getValue());
        } catch (NumberFormatException e) {
            chosenRate = 0;
        }
        AudioSettings settings = AudioSettingsChoices.chosen(chosenRate, latency.getValue(),
                device.hasAttribute("disabled") ? "" : device.getValue());
        status.setTextContent("moving what plays to the new settings…");
        rack.applySettings(settings, r -> status.setTextContent(describe(r)));
    }

    private static String describe(int rate) {
        return rate > 0 ? "Playing at " + rate + " Hz." : rate == 0 ? "Audio is off: the settings apply when it starts."
                : "The settings could not be applied (see the console).";
    }

    /** Told whether the browser lets a page choose its output device. */
    @JSFunctor
    interface Availability extends JSObject {
        void available(boolean yes);
    }

    @JSBody(script = "var a = window.faustwireAudio.engine(); return a ? a.ctx.sampleRate : 0;")
    private static native int currentRate();

    @JSBody(params = {"select", "chosen", "done"}, script = "var can = !!(window.AudioContext && 'setSinkId' in AudioContext.prototype"
            + " && navigator.mediaDevices && navigator.mediaDevices.enumerateDevices);"
            + " while (select.firstChild) select.removeChild(select.firstChild);"
            + " var d = document.createElement('option'); d.value = ''; d.textContent = 'default output'; select.appendChild(d);"
            + " if (!can) { done(false); return; }"
            + " navigator.mediaDevices.enumerateDevices().then(function(list) { var n = 0;"
            + " list.forEach(function(dev) { if (dev.kind !== 'audiooutput' || dev.deviceId === 'default' || !dev.deviceId) return;"
            + " var o = document.createElement('option'); o.value = dev.deviceId; n = n + 1; o.textContent = dev.label || ('output ' + n);"
            + " select.appendChild(o); }); select.value = chosen; if (select.value !== chosen) select.value = ''; done(true); },"
            + " function() { done(false); });")
    private static native void listDevices(HTMLSelectElement select, String chosen, Availability done);
}
