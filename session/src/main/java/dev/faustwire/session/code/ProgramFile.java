package dev.faustwire.session.code;

/** The name under which the program of a patch is downloaded: the patch's name with {@code .dsp} for its patch ending. */
public final class ProgramFile {
    private static final String[] PATCH_ENDINGS = {".dsppat", ".json", ".maxpat", ".gendsp"};

    private ProgramFile() {
    }

    /** {@code mean.dsppat} gives {@code mean.dsp}, {@code untitled} gives {@code untitled.dsp}. */
    public static String nameFor(String patchName) {
        String name = patchName == null || patchName.isEmpty() ? "untitled" : patchName;
        for (String ending : PATCH_ENDINGS) {
            if (name.length() > ending.length() && name.endsWith(ending)) {
                name = name.substring(0, name.length() - ending.length());
                break;
            }
        }
        return name + ".dsp";
    }
}
