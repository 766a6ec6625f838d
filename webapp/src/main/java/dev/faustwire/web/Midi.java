package dev.faustwire.web;

import dev.faustwire.core.json.Numbers;
import dev.faustwire.session.audition.Control;
import dev.faustwire.session.audition.Controls;
import dev.faustwire.session.audition.MidiControls;
import dev.faustwire.session.audition.MidiMessage;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSNumber;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * WebMIDI: the MIDI button asks the browser for the devices (a gesture, and a permission); notes
 * play the instrument's keyboard, controllers move the controls whose metadata says
 * {@code [midi:ctrl N]}, in the DSP that plays.
 */
final class Midi {
    /** Sets a control by address, as the controls panel does. */
    interface Setter {
        void set(String address, double value);
    }

    private final HTMLElement button;
    private final HTMLElement status;
    private final Keyboard keyboard;
    private final Setter setter;
    private MidiControls controls = MidiControls.read();
    private List<Control> shown = List.of();

    private Midi(HTMLElement button, HTMLElement status, Keyboard keyboard, Setter setter) {
        this.button = button;
        this.status = status;
        this.keyboard = keyboard;
        this.setter = setter;
    }

    static Midi install(HTMLDocument document, Keyboard keyboard, Setter setter) {
        Midi midi = new Midi((HTMLElement) document.querySelector("[data-role='midi']"),
                (HTMLElement) document.querySelector("[data-role='midi-status']"), keyboard, setter);
        midi.button.addEventListener("click", event -> midi.connect());
        return midi;
    }

    /** The controls of the DSP that plays now (its JSON texts: a mono DSP's, or a voice's and its effect's). */
    void playing(String... dspJsons) {
        controls = MidiControls.read(dspJsons);
        List<Control> all = new ArrayList<>();
        for (String json : dspJsons) {
            if (json != null) {
                all.addAll(Controls.flatten(Controls.read(json)));
            }
        }
        shown = all;
    }

    private void connect() {
        status.setTextContent("asking for MIDI devices");
        listen(this::received, names -> {
            button.setAttribute("aria-pressed", "true");
            status.setTextContent(names.isEmpty() ? "MIDI on, no device" : "MIDI: " + names);
            status.setAttribute("data-status", "on");
        }, message -> {
            status.setTextContent("no MIDI: " + message);
            status.setAttribute("data-status", "failed");
        });
    }

    private void received(JSArrayReader<JSNumber> data) {
        int[] bytes = new int[data.getLength()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = data.get(i).intValue();
        }
        MidiMessage message = MidiMessage.read(bytes);
        switch (message.kind()) {
            case NOTE_ON -> keyboard.midiNote(message.note(), message.velocity(), true);
            case NOTE_OFF -> keyboard.midiNote(message.note(), 0, false);
            case CONTROL_CHANGE -> {
                for (MidiControls.Change change : controls.changes(message)) {
                    setter.set(change.address(), change.value());
                    follow(change.address(), change.value());
                }
            }
            default -> {
            }
        }
    }

    /** Moves the panel's widgets of a control a controller set, as if the person had moved them. */
    private void follow(String address, double value) {
        for (Control c : shown) {
            if (!c.address().equals(address)) {
                continue;
            }
            double v = c.snap(value);
            HTMLElement wrap = (HTMLElement) HTMLDocument.current().querySelector(
                    "[data-role='controls'] [data-address='" + address + "']");
            if (wrap == null) {
                return;
            }
            wrap.setAttribute("data-value", Numbers.format(v));
            HTMLInputElement range = (HTMLInputElement) wrap.querySelector("input[type='range']");
            if (range != null) {
                range.setValue(Integer.toString(c.position(v)));
                range.setAttribute("aria-valuetext", c.display(v));
            }
            HTMLInputElement field = (HTMLInputElement) wrap.querySelector("input.number");
            if (field != null) {
                field.setValue(Numbers.format(v));
            }
            return;
        }
    }

    /** The bytes of one MIDI message. */
    @JSFunctor
    interface Bytes extends JSObject {
        void accept(JSArrayReader<JSNumber> data);
    }

    @JSBody(params = {"onMessage", "done", "failed"}, script = "window.faustwirePoly.listenToMidi(onMessage)"
            + ".then(function(names) { done(names.join(', ')); }, function(problem) {"
            + " failed(String(problem && problem.message || problem)); });")
    private static native void listen(Bytes onMessage, Dom.StringCallback done, Dom.StringCallback failed);
}
