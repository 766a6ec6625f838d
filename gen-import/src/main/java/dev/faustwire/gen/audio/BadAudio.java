package dev.faustwire.gen.audio;

/** A problem found deep in a file's chunks, carried up to {@link AudioDecoder#decode}; never escapes it. */
final class BadAudio extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final AudioProblem problem;

    BadAudio(AudioProblem problem, String message) {
        super(message);
        this.problem = problem;
    }

    AudioProblem problem() {
        return problem;
    }
}
