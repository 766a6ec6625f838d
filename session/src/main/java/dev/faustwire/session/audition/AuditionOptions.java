package dev.faustwire.session.audition;

/**
 * How the page plays, read from its address's query ({@code ?fade=0&record}): the crossfade of a
 * swap in milliseconds ({@link #DEFAULT_FADE_MS}, 0 for a hard switch) and whether a recorder taps
 * the master output (for tests that measure the sound).
 */
public record AuditionOptions(double fadeMs, boolean record) {
    /** A linear fade this long stays within 1.03 of the signal's own largest step (measured, issue 15). */
    public static final double DEFAULT_FADE_MS = 40;
    /** The longest fade accepted (FaustLive's slow morph is 700 ms). */
    public static final double MAX_FADE_MS = 2000;

    /** The options of a query string, with or without its leading {@code ?}; unknown keys are ignored. */
    public static AuditionOptions fromQuery(String query) {
        double fade = DEFAULT_FADE_MS;
        boolean record = false;
        int start = query.startsWith("?") ? 1 : 0;
        while (start < query.length()) {
            int end = query.indexOf('&', start);
            if (end < 0) {
                end = query.length();
            }
            String pair = query.substring(start, end);
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            if (key.equals("record")) {
                record = !value.equals("0") && !value.equals("false");
            } else if (key.equals("fade")) {
                fade = fadeOf(value, fade);
            }
            start = end + 1;
        }
        return new AuditionOptions(fade, record);
    }

    private static double fadeOf(String text, double otherwise) {
        try {
            double ms = Double.parseDouble(text);
            return ms >= 0 && ms <= MAX_FADE_MS ? ms : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** The fade in seconds, as Web Audio's ramps take it. */
    public double fadeSeconds() {
        return fadeMs / 1000;
    }
}
