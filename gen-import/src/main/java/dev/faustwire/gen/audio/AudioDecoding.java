package dev.faustwire.gen.audio;

/** What decoding gave: the audio, or the problem and a sentence about it (never both). */
public final class AudioDecoding {
    private final AudioData audio;
    private final AudioProblem problem;
    private final String message;

    private AudioDecoding(AudioData audio, AudioProblem problem, String message) {
        this.audio = audio;
        this.problem = problem;
        this.message = message;
    }

    static AudioDecoding of(AudioData audio) {
        return new AudioDecoding(audio, null, "");
    }

    static AudioDecoding failed(AudioProblem problem, String message) {
        return new AudioDecoding(null, problem, message);
    }

    public boolean ok() {
        return audio != null;
    }

    /** The audio, or null when it could not be decoded. */
    public AudioData audio() {
        return audio;
    }

    /** Why not, or null when decoded. */
    public AudioProblem problem() {
        return problem;
    }

    /** The problem in words ({@code "the data chunk claims 9000 bytes, 120 follow it"}), empty when decoded. */
    public String message() {
        return message;
    }
}
