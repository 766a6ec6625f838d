package dev.faustwire.embed.example;

import dev.faustwire.embed.FaustDsp;
import dev.faustwire.embed.Faustwire;
import dev.faustwire.server.render.Wav;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * The embedding API's example: a monophonic synthesizer (freq, gain, gate) played from MIDI note-on and
 * note-off messages through {@link MonoVoice}, heard through javax.sound when the machine has an audio
 * device, else written to a WAV file.
 * <pre>
 * java -cp ... dev.faustwire.embed.example.MonoSynth [--dsp SYNTH.dsp|PATCH.json] [--midi SONG.mid] [--wav OUT.wav]
 * </pre>
 * Without {@code --dsp} it plays its own synth ({@code monosynth.dsp}), without {@code --midi} a short
 * melody with a legato pair; {@code --wav} writes the file even when a device exists. A MIDI file's
 * events are timed at its average tempo.
 */
public final class MonoSynth {
    /** The sample rate of the instance and of the audio line or WAV file. */
    public static final int RATE = 48000;
    /** Frames computed between two looks at the MIDI events: events are placed to within 64 frames (1.3 ms). */
    public static final int BLOCK = 64;
    /** Sound kept after the last event, for the release of the envelope. */
    public static final double TAIL_SECONDS = 0.75;
    /** The melody played without {@code --midi}: note, velocity, start and end in quarter notes at 120 bpm. */
    static final int[][] MELODY = {
        {60, 100, 0, 1}, {64, 90, 1, 2}, {67, 110, 2, 3}, {72, 80, 3, 6}, {76, 100, 4, 5}, {67, 70, 7, 8}};
    private static final int PPQ = 480;

    private MonoSynth() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run(List.of(args)));
    }

    /** Runs the example; returns what it did, in one line. */
    public static String run(List<String> args) throws IOException, InvalidMidiDataException {
        String dsp = option(args, "--dsp");
        String midi = option(args, "--midi");
        String wav = option(args, "--wav");
        FaustDsp synth = dsp == null ? Faustwire.compile(bundledSynth(), "monosynth").instance(RATE)
                : Faustwire.factory(Path.of(dsp)).instance(RATE);
        Sequence sequence = midi == null ? melody() : MidiSystem.getSequence(Path.of(midi).toFile());
        SourceDataLine line = wav == null ? openLine() : null;
        if (line == null) {
            Path out = Path.of(wav == null ? "monosynth.wav" : wav);
            float[] audio = play(synth, sequence, null);
            Files.write(out, Wav.write(new float[][] {audio}, RATE));
            return "wrote " + out + " (" + audio.length / (double) RATE + " s" + (wav == null ? "; no audio device)" : ")");
        }
        try (line) {
            line.start();
            play(synth, sequence, line);
            line.drain();
        }
        return "played " + sequence.getMicrosecondLength() / 1_000_000.0 + " s on " + line.getLineInfo();
    }

    /**
     * Computes the sequence's note-on and note-off messages into sound, block by block: each event is
     * sent to a {@link MonoVoice} at its time, the DSP computes up to the next. Writes each block to the
     * line if there is one (its blocking write keeps real time), and returns all the audio.
     */
    public static float[] play(FaustDsp synth, Sequence sequence, SourceDataLine line) {
        MonoVoice voice = new MonoVoice(synth);
        List<MidiEvent> events = notes(sequence);
        double secondsPerTick = sequence.getTickLength() == 0 ? 0
                : sequence.getMicrosecondLength() / 1e6 / sequence.getTickLength();
        int frames = (int) Math.round((sequence.getMicrosecondLength() / 1e6 + TAIL_SECONDS) * RATE);
        float[] audio = new float[frames];
        float[] block = new float[BLOCK];
        int next = 0;
        for (int done = 0; done < frames; done += BLOCK) {
            while (next < events.size() && events.get(next).getTick() * secondsPerTick * RATE < done + BLOCK / 2.0) {
                voice.send(events.get(next++).getMessage(), -1);
            }
            synth.compute(null, block);
            int n = Math.min(BLOCK, frames - done);
            System.arraycopy(block, 0, audio, done, n);
            if (line != null) {
                byte[] bytes = pcm16(block, n);
                line.write(bytes, 0, bytes.length);
            }
        }
        return audio;
    }

    /** The built-in melody as a MIDI sequence. */
    public static Sequence melody() throws InvalidMidiDataException {
        Sequence sequence = new Sequence(Sequence.PPQ, PPQ);
        Track track = sequence.createTrack();
        for (int[] note : MELODY) {
            track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, 0, note[0], note[1]), (long) note[2] * PPQ));
            track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, 0, note[0], 0), (long) note[3] * PPQ));
        }
        return sequence;
    }

    /** The note-ons and note-offs of every track, in time order (a note-off before a note-on at the same tick). */
    private static List<MidiEvent> notes(Sequence sequence) {
        List<MidiEvent> events = new ArrayList<>();
        for (Track track : sequence.getTracks()) {
            for (int i = 0; i < track.size(); i++) {
                if (track.get(i).getMessage() instanceof ShortMessage m
                        && (m.getCommand() == ShortMessage.NOTE_ON || m.getCommand() == ShortMessage.NOTE_OFF)) {
                    events.add(track.get(i));
                }
            }
        }
        events.sort((a, b) -> a.getTick() != b.getTick() ? Long.compare(a.getTick(), b.getTick())
                : Boolean.compare(isNoteOn(a), isNoteOn(b)));
        return events;
    }

    private static boolean isNoteOn(MidiEvent event) {
        ShortMessage m = (ShortMessage) event.getMessage();
        return m.getCommand() == ShortMessage.NOTE_ON && m.getData2() > 0;
    }

    /** A 16-bit mono line at {@link #RATE}, or null when the machine has no audio device. */
    private static SourceDataLine openLine() {
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        try {
            SourceDataLine line = AudioSystem.getSourceDataLine(format);
            line.open(format, RATE / 10 * 2);
            return line;
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }

    private static byte[] pcm16(float[] samples, int n) {
        ByteBuffer bytes = ByteBuffer.allocate(2 * n).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            bytes.putShort((short) Math.round(Math.max(-1, Math.min(1, samples[i])) * 32767));
        }
        return bytes.array();
    }

    static String bundledSynth() {
        try (InputStream in = MonoSynth.class.getResourceAsStream("monosynth.dsp")) {
            if (in == null) {
                throw new IllegalStateException("monosynth.dsp is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String option(List<String> args, String name) {
        int at = args.indexOf(name);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args.get(at + 1);
    }
}
