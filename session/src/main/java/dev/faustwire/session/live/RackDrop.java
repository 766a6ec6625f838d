package dev.faustwire.session.live;

/**
 * What a file, a text or a workspace address dropped on the rack (or on a running slot) is: Faust text,
 * a patch, a Gen patcher to import, a workspace file to fetch, or nothing playable (E042).
 */
public enum RackDrop {
    /** Faust text ({@code .dsp}, or a text that defines {@code process}). */
    DSP,
    /** A patch's JSON ({@code .json}, {@code .dsppat}). */
    PATCH,
    /** A Gen patcher ({@code .gendsp}, {@code .maxpat}), imported into a patch first. */
    GEN,
    /** An address of a workspace file ({@code /api/patches/x.json}), fetched first. */
    WORKSPACE_URL,
    /** Nothing the rack plays. */
    NONE;

    private static final String PATCHES = "/api/patches/";

    /** The kind of a dropped file by its name, else by its text (a text without a name: name null). */
    public static RackDrop of(String name, String text) {
        if (name != null && !name.isEmpty()) {
            String lower = name.toLowerCase();
            if (lower.endsWith(".dsp")) {
                return DSP;
            }
            if (lower.endsWith(".json") || lower.endsWith(".dsppat")) {
                return PATCH;
            }
            if (lower.endsWith(".gendsp") || lower.endsWith(".maxpat")) {
                return GEN;
            }
            return NONE;
        }
        String t = text == null ? "" : text.trim();
        if (workspacePath(t) != null) {
            return WORKSPACE_URL;
        }
        if (t.startsWith("{")) {
            return t.contains("\"boxes\"") ? PATCH : NONE;
        }
        return definesProcess(t) ? DSP : NONE;
    }

    /** The workspace path of an address like {@code /api/patches/a/b.json} (or a full URL of it), or null. */
    public static String workspacePath(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        int at = t.indexOf(PATCHES);
        if (at < 0 || t.indexOf('\n') >= 0 || t.indexOf(' ') >= 0) {
            return null;
        }
        if (at > 0 && !(t.startsWith("http://") || t.startsWith("https://"))) {
            return null;
        }
        String path = t.substring(at + PATCHES.length());
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        return path.isEmpty() || path.contains("..") ? null : path;
    }

    /** True when the text defines {@code process} (as Faust text does), at the start of a line. */
    static boolean definesProcess(String text) {
        int from = 0;
        while (true) {
            int at = text.indexOf("process", from);
            if (at < 0) {
                return false;
            }
            boolean lineStart = at == 0 || text.charAt(at - 1) == '\n' || text.charAt(at - 1) == ';';
            int after = at + "process".length();
            while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
                after++;
            }
            if (lineStart && after < text.length() && (text.charAt(after) == '=' || text.charAt(after) == '(')) {
                return true;
            }
            from = at + 1;
        }
    }

    /** The name a slot takes from a dropped file: its last path segment without the extension. */
    public static String slotName(String fileName) {
        String n = fileName == null ? "" : fileName;
        int slash = n.lastIndexOf('/');
        if (slash >= 0) {
            n = n.substring(slash + 1);
        }
        return n.isEmpty() ? "untitled" : n;
    }
}
