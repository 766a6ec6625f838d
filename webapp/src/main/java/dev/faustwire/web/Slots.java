package dev.faustwire.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page's playing DSPs by slot id ({@code "editor"} is the audition of the open patch; the rack adds
 * others): who plays what, told to whoever listens (the remote link, snapshots), and the way in for
 * changes from outside (a phone, OSC, a recalled snapshot).
 */
final class Slots {
    /** The slot of the patch open in the editor. */
    static final String EDITOR = "editor";

    /** Hears what the slots play. */
    interface Listener {
        /** A DSP (new or swapped in) now plays in the slot, with faust's JSON of it. */
        default void playing(String slot, String name, String dspJson) {
        }

        /** A control of the slot moved on this page (its panel, MIDI, play mode, a recall). */
        default void valueSet(String slot, String address, double value) {
        }

        /** The slot stopped (sound off, removed). */
        default void stopped(String slot) {
        }
    }

    /** What a slot lets others do to it. */
    interface Control {
        /** Sets a control as if moved on the page (the panel shows it; listeners hear it). */
        void set(String address, double value);

        /** Plays a dropped file instead ({@code .dsp} Faust text, a patch's JSON): FaustLive's drop. */
        void replace(String fileName, String text);
    }

    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final List<Listener> listeners = new ArrayList<>();

    void register(String slot, Control control) {
        controls.put(slot, control);
    }

    void unregister(String slot) {
        controls.remove(slot);
    }

    void listen(Listener listener) {
        listeners.add(listener);
    }

    /** The slot's way in, or null when no such slot. */
    Control control(String slot) {
        return controls.get(slot);
    }

    void playing(String slot, String name, String dspJson) {
        for (Listener l : new ArrayList<>(listeners)) {
            l.playing(slot, name, dspJson);
        }
    }

    void valueSet(String slot, String address, double value) {
        for (Listener l : new ArrayList<>(listeners)) {
            l.valueSet(slot, address, value);
        }
    }

    void stopped(String slot) {
        for (Listener l : new ArrayList<>(listeners)) {
            l.stopped(slot);
        }
    }
}
