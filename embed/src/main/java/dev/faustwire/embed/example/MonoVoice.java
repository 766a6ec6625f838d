package dev.faustwire.embed.example;

import dev.faustwire.embed.Control;
import dev.faustwire.embed.FaustDsp;
import java.util.ArrayList;
import java.util.List;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.Receiver;
import javax.sound.midi.ShortMessage;

/**
 * Plays a DSP with {@code freq}, {@code gain} and {@code gate} controls as a monophonic MIDI instrument:
 * a note-on sets the pitch and the velocity and opens the gate, and the last note held sounds (releasing
 * it returns to the one held before, legato); the gate closes when no note is held. A {@link Receiver},
 * so a sequencer or a MIDI keyboard can drive it from its own thread.
 */
public final class MonoVoice implements Receiver {
    private final Control freq;
    private final Control gain;
    private final Control gate;
    private final List<Integer> held = new ArrayList<>();

    public MonoVoice(FaustDsp dsp) {
        this.freq = dsp.control("freq");
        this.gain = dsp.control("gain");
        this.gate = dsp.control("gate");
    }

    /** The frequency of a MIDI note number, A4 (69) at 440 Hz, equal temperament. */
    public static double hertz(int note) {
        return 440 * Math.pow(2, (note - 69) / 12.0);
    }

    @Override
    public synchronized void send(MidiMessage message, long timeStamp) {
        if (!(message instanceof ShortMessage m)) {
            return;
        }
        boolean on = m.getCommand() == ShortMessage.NOTE_ON && m.getData2() > 0;
        boolean off = m.getCommand() == ShortMessage.NOTE_OFF || m.getCommand() == ShortMessage.NOTE_ON && m.getData2() == 0;
        if (on) {
            held.remove(Integer.valueOf(m.getData1()));
            held.add(m.getData1());
            freq.set(hertz(m.getData1()));
            gain.set(m.getData2() / 127.0);
            gate.set(1);
        } else if (off && held.remove(Integer.valueOf(m.getData1()))) {
            if (held.isEmpty()) {
                gate.set(0);
            } else {
                freq.set(hertz(held.get(held.size() - 1)));
            }
        }
    }

    @Override
    public void close() {
    }
}
