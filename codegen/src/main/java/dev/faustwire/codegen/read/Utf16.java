package dev.faustwire.codegen.read;

/** Whether text can be written as UTF-8: every UTF-16 surrogate is one half of a pair. */
public final class Utf16 {
    private Utf16() {
    }

    /** True when {@code text} holds a high surrogate not followed by a low one, or a low one not after a high one. */
    public static boolean hasLoneSurrogate(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
