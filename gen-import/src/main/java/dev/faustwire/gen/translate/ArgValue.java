package dev.faustwire.gen.translate;

/**
 * A Gen argument as the import can use it: a box-argument {@code literal} (a number or a
 * {@code gen.NAME} constant) when there is one, else a Faust {@code expression} for a constant code
 * box; {@code value} is its number with samplerate at 192000 Hz (NaN when unknown); {@code problem}
 * says why it could not be read (null when it could).
 */
public record ArgValue(String literal, String expression, double value, boolean hostDependent, String problem) {

    static ArgValue unread(String problem) {
        return new ArgValue(null, null, Double.NaN, false, problem);
    }

    public boolean readable() {
        return problem == null;
    }
}
