package dev.faustwire.session.audition;

/** A 64-bit FNV-1a hash of text, in hexadecimal: stable names for things that are equal by content. */
final class Hash {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hash() {
    }

    static String of(String text) {
        long h = OFFSET;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            h = (h ^ (c & 0xff)) * PRIME;
            h = (h ^ (c >>> 8)) * PRIME;
        }
        char[] out = new char[16];
        for (int i = 15; i >= 0; i--) {
            out[i] = DIGITS[(int) (h & 0xf)];
            h >>>= 4;
        }
        return new String(out);
    }
}
