package dev.faustwire.gen.audio;

/**
 * Decodes a WAV or AIFF file from its bytes. Every size in a header is checked against the bytes that follow it
 * and the number of samples against the caller's limit before anything is allocated, so a truncated file or a
 * lying header is a {@link AudioProblem#MALFORMED} result, a long one {@link AudioProblem#TOO_LARGE}; nothing
 * is thrown.
 */
public final class AudioDecoder {
    private AudioDecoder() {
    }

    /** The audio of a file, or why not; at most {@code maxSamples} samples (frames times channels). */
    public static AudioDecoding decode(byte[] bytes, int maxSamples) {
        if (bytes == null || bytes.length < 12) {
            return AudioDecoding.failed(AudioProblem.NOT_AUDIO, "too short to be a WAV or AIFF file ("
                    + (bytes == null ? 0 : bytes.length) + " bytes)");
        }
        ByteView view = new ByteView(bytes);
        try {
            String magic = view.id(0);
            return switch (magic) {
                case "RIFF", "RIFX" -> AudioDecoding.of(WavDecoder.decode(view, maxSamples));
                case "FORM" -> AudioDecoding.of(AiffDecoder.decode(view, maxSamples));
                case "RF64", "BW64" -> AudioDecoding.failed(AudioProblem.UNSUPPORTED, "a " + magic + " file (a WAV over 4 GiB)"
                        + " is not read");
                default -> AudioDecoding.failed(AudioProblem.NOT_AUDIO, "neither a WAV (RIFF) nor an AIFF (FORM) file");
            };
        } catch (BadAudio e) {
            return AudioDecoding.failed(e.problem(), e.getMessage());
        } catch (RuntimeException e) {
            // A bug of ours must not stop the import: the file is reported as unreadable (the fuzz test shows none).
            return AudioDecoding.failed(AudioProblem.MALFORMED, "the decoder stopped on this file");
        }
    }
}
