package dev.faustwire.gen.audio;

/** Why a file's bytes are not audio the import reads. */
public enum AudioProblem {
    /** Neither a WAV nor an AIFF file. */
    NOT_AUDIO,
    /** A WAV or AIFF whose encoding the decoder does not read (compressed, RF64, odd sample sizes). */
    UNSUPPORTED,
    /** A WAV or AIFF whose header or chunks contradict each other or the bytes there are (truncated, lying sizes). */
    MALFORMED,
    /** A file with more samples than a table of the import may hold. */
    TOO_LARGE
}
