package dev.faustwire.session.audition;

/** A setting of an input source that a person typed and that cannot be used: a stable code, the setting, a message. */
public record InputProblem(String code, String param, String message) {
    /** Not a number at all. */
    public static final String NOT_A_NUMBER = "IN01";
    /** A number outside the setting's range. */
    public static final String OUT_OF_RANGE = "IN02";
    /** A frequency the sample rate cannot carry (at or above half of it). */
    public static final String ABOVE_NYQUIST = "IN03";
    /** A sweep whose start is not below its end. */
    public static final String EMPTY_SWEEP = "IN04";
}
