package dev.faustwire.session.live;

/** The phone page's small rules: which slot its address names, and which dropped files it sends. */
public final class RemotePage {
    /** Larger texts are not sent: the server refuses messages over 4 MiB (the JSON around it needs some room). */
    public static final int MAX_FILE_CHARS = (4 << 20) - 4096;
    public static final String NEEDS_LINK = "This page needs the link from the QR code.";
    public static final String WRONG_KIND = "Drop a .dsp, .json or .dsppat file to play it instead.";

    private RemotePage() {
    }

    /** N of a path {@code /remote/N} (1 to 9999999), or -1. */
    public static int slotNumber(String path) {
        String prefix = "/remote/";
        if (path == null || !path.startsWith(prefix)) {
            return -1;
        }
        String digits = path.substring(prefix.length());
        if (digits.isEmpty() || digits.length() > 7) {
            return -1;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return -1;
            }
        }
        int n = Integer.parseInt(digits);
        return n >= 1 ? n : -1;
    }

    /** Whether a dropped file is one the editor can play instead (by its name, before it is read). */
    public static boolean playable(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase();
        return lower.endsWith(".dsp") || lower.endsWith(".json") || lower.endsWith(".dsppat");
    }

    /** Why a read file is not sent, or null when it is sent. */
    public static String refusal(String fileName, String text, boolean playing) {
        if (!playable(fileName)) {
            return WRONG_KIND;
        }
        if (text.length() > MAX_FILE_CHARS) {
            return fileName + " is too large to send (4 MiB at most).";
        }
        return playing ? null : "Nothing plays here to replace.";
    }
}
