package dev.faustwire.web;

import dev.faustwire.core.model.Patch;
import dev.faustwire.session.audition.CompiledPoly;
import dev.faustwire.session.audition.HeldNotes;
import dev.faustwire.session.audition.Instrument;
import dev.faustwire.session.audition.KeyboardKeys;
import dev.faustwire.session.audition.ParamValues;
import dev.faustwire.session.live.SlotCompile;
import java.util.LinkedHashMap;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The instrument panel: the voice count, the on-screen keyboard (mouse down and up are note on and
 * off; shift-click latches a note), and the computer keyboard's two rows (octave with z and x) when
 * no text field has the focus. It plays the instruments the server compiled through audio-poly.js.
 */
final class Keyboard {
    static final int LOWEST = 48;
    static final int HIGHEST = 84;
    private static final int MOUSE_VELOCITY = 100;

    private final HTMLElement panel;
    private final HTMLElement keys;
    private final HTMLInputElement voices;
    private final HTMLElement octave;
    private final KeyboardKeys computer = new KeyboardKeys();
    private final HeldNotes held = new HeldNotes();
    private final Map<String, Integer> typedNotes = new LinkedHashMap<>();
    private CompiledPoly playing;
    private ParamValues values;
    private double fadeSeconds;
    private int mouseNote = -1;

    private Keyboard(HTMLDocument document) {
        panel = (HTMLElement) document.querySelector("[data-role='keyboard-panel']");
        keys = (HTMLElement) document.querySelector("[data-role='keyboard']");
        voices = (HTMLInputElement) document.querySelector("[data-role='voices']");
        octave = (HTMLElement) document.querySelector("[data-role='octave']");
    }

    static Keyboard install(HTMLDocument document) {
        Keyboard k = new Keyboard(document);
        k.voices.setAttribute("min", Integer.toString(Instrument.MIN_VOICES));
        k.voices.setAttribute("max", Integer.toString(Instrument.MAX_VOICES));
        k.voices.setValue(Integer.toString(Instrument.DEFAULT_VOICES));
        k.voices.addEventListener("change", event -> k.replay());
        k.build();
        document.addEventListener("keydown", event -> k.keyDown((KeyboardEvent) event));
        document.addEventListener("keyup", event -> k.keyUp((KeyboardEvent) event));
        document.addEventListener("mouseup", event -> k.mouseUp());
        k.showOctave();
        return k;
    }

    /** Shows the panel when the patch is an instrument; true when it is. */
    boolean instrument(Patch patch) {
        boolean is = Instrument.of(patch);
        if (is) {
            panel.removeAttribute("hidden");
        } else {
            panel.setAttribute("hidden", "");
        }
        return is;
    }

    /** Plays an instrument in place of what plays, with the values it shares with it. */
    void play(CompiledPoly poly, ParamValues values, double fadeSeconds) {
        this.playing = poly;
        this.values = values;
        this.fadeSeconds = fadeSeconds;
        forgetNotes();
        playPoly(poly.voiceWasm(), poly.voiceJson(), poly.effectWasm(), poly.effectJson(),
                Instrument.voices(voices.getValue()), poly.processorName(),
                fadeSeconds, SlotCompile.valuesJson(values.carriedTo(poly.addresses())));
    }

    /** A mono DSP plays now, or nothing: no note sounds any more. */
    void stopped() {
        playing = null;
        forgetNotes();
    }

    /** A note from a MIDI device: a hold like any other. */
    void midiNote(int note, int velocity, boolean on) {
        if (on) {
            press(note, velocity);
        } else {
            release(note);
        }
    }

    private void replay() {
        voices.setValue(Integer.toString(Instrument.voices(voices.getValue())));
        if (playing != null) {
            play(playing, values, fadeSeconds);
        }
    }

    private void forgetNotes() {
        held.clear();
        typedNotes.clear();
        mouseNote = -1;
        for (int note = LOWEST; note <= HIGHEST; note++) {
            HTMLElement key = key(note);
            key.removeAttribute("data-down");
            key.removeAttribute("data-latched");
        }
    }

    private void build() {
        Dom.clear(keys);
        for (int note = LOWEST; note <= HIGHEST; note++) {
            HTMLElement key = HTMLDocument.current().createElement("div");
            key.setClassName(KeyboardKeys.black(note) ? "key black" : "key white");
            key.setAttribute("data-note", Integer.toString(note));
            key.setAttribute("title", KeyboardKeys.name(note) + " (shift-click holds it)");
            if (note % 12 == 0) {
                key.setTextContent(KeyboardKeys.name(note));
            }
            int n = note;
            key.addEventListener("mousedown", event -> mouseDown(n, (MouseEvent) event));
            key.addEventListener("mouseenter", event -> mouseEnter(n, (MouseEvent) event));
            keys.appendChild(key);
        }
    }

    private HTMLElement key(int note) {
        return (HTMLElement) keys.querySelector("[data-note='" + note + "']");
    }

    private void mouseDown(int note, MouseEvent event) {
        if (event.getButton() != 0) {
            return;
        }
        event.preventDefault();
        if (event.getShiftKey()) {
            if (held.toggleLatch(note)) {
                key(note).setAttribute("data-latched", "true");
                press(note, MOUSE_VELOCITY);
            } else {
                key(note).removeAttribute("data-latched");
                release(note);
            }
            return;
        }
        mouseNote = note;
        press(note, MOUSE_VELOCITY);
    }

    /** Dragging across the keys with the button down plays each key in turn, as on a piano app. */
    private void mouseEnter(int note, MouseEvent event) {
        if (mouseNote >= 0 && mouseNote != note && (event.getButtons() & 1) != 0) {
            release(mouseNote);
            mouseNote = note;
            press(note, MOUSE_VELOCITY);
        }
    }

    private void mouseUp() {
        if (mouseNote >= 0) {
            release(mouseNote);
            mouseNote = -1;
        }
    }

    private void keyDown(KeyboardEvent event) {
        if (playing == null || typing(event) || Dom.dialogOpen() || event.isCtrlKey() || event.isMetaKey()
                || event.isAltKey()) {
            return;
        }
        String k = event.getKey().toLowerCase();
        if (computer.shift(k)) {
            event.preventDefault();
            showOctave();
            return;
        }
        int note = computer.note(k);
        if (note < 0) {
            return;
        }
        event.preventDefault();
        if (event.isRepeat() || typedNotes.containsKey(k)) {
            return;
        }
        typedNotes.put(k, note);
        press(note, KeyboardKeys.VELOCITY);
    }

    private void keyUp(KeyboardEvent event) {
        Integer note = typedNotes.remove(event.getKey().toLowerCase());
        if (note != null) {
            release(note);
        }
    }

    private void press(int note, int velocity) {
        if (held.press(note)) {
            keyOn(note, velocity);
        }
        showDown(note);
    }

    private void release(int note) {
        if (held.release(note)) {
            keyOff(note);
        }
        showDown(note);
    }

    private void showDown(int note) {
        if (note < LOWEST || note > HIGHEST) {
            return;
        }
        if (held.sounding(note)) {
            key(note).setAttribute("data-down", "true");
        } else {
            key(note).removeAttribute("data-down");
        }
    }

    private void showOctave() {
        octave.setTextContent("keys a–k: " + KeyboardKeys.name(computer.note("a")) + " (z/x: octave)");
    }

    @JSBody(params = "event", script = "var t = event.target; if (t === document.body || t === document.documentElement)"
            + " t = document.activeElement; if (!t) return false; if (t.isContentEditable || t.tagName === 'TEXTAREA'"
            + " || t.tagName === 'SELECT') return true; if (t.tagName !== 'INPUT') return false;"
            + " return ['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'color'].indexOf(t.type) < 0;")
    private static native boolean typing(Event event);

    @JSBody(params = {"voice", "voiceJson", "effect", "effectJson", "voices", "processor", "fade", "values"},
            script = "window.faustwirePoly.play(voice, voiceJson, effect, effectJson, voices, processor, fade,"
            + " JSON.parse(values)).catch(function(e) { console.error('audio:', e); });")
    private static native void playPoly(String voice, String voiceJson, String effect, String effectJson, int voices,
            String processor, double fade, String values);

    @JSBody(params = {"note", "velocity"}, script = "window.faustwirePoly.keyOn(note, velocity);")
    private static native void keyOn(int note, int velocity);

    @JSBody(params = "note", script = "window.faustwirePoly.keyOff(note);")
    private static native void keyOff(int note);
}
