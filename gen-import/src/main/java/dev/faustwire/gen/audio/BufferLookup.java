package dev.faustwire.gen.audio;

import dev.faustwire.gen.GenFiles;
import java.util.ArrayList;
import java.util.List;

/**
 * The audio file a Gen {@code buffer NAME [FILE]} (or GenExpr {@code Buffer b("NAME")}) reads: FILE when given,
 * else NAME, as it is when it ends in an audio extension, else with {@code .wav}, {@code .aif}, {@code .aiff};
 * a path keeps only its last part (the file is looked for by name, beside the patcher and in the workspace,
 * by {@link GenFiles#readBytes}). The first name found is decoded, at most {@link AudioContent#MAX_SAMPLES}.
 */
public final class BufferLookup {
    private static final String[] AUDIO_EXTENSIONS = {".wav", ".wave", ".aif", ".aiff", ".aifc"};
    private static final String[] TRIED_EXTENSIONS = {".wav", ".aif", ".aiff"};

    private final List<String> tried;
    private final String fileName;
    private final AudioDecoding decoding;

    private BufferLookup(List<String> tried, String fileName, AudioDecoding decoding) {
        this.tried = tried;
        this.fileName = fileName;
        this.decoding = decoding;
    }

    /** The file names a buffer's name or FILE argument may be, in the order they are tried. */
    public static List<String> candidates(String name) {
        String plain = lastPart(name);
        List<String> out = new ArrayList<>();
        if (plain.isEmpty() || plain.startsWith(".")) {
            return out;
        }
        if (hasAudioExtension(plain)) {
            out.add(plain);
            return out;
        }
        for (String extension : TRIED_EXTENSIONS) {
            out.add(plain + extension);
        }
        return out;
    }

    /** Looks for the file of a buffer and decodes the first one found. */
    public static BufferLookup find(GenFiles files, String name, String file) {
        List<String> names = candidates(file != null ? file : name);
        for (String candidate : names) {
            byte[] bytes = files.readBytes(candidate);
            if (bytes != null) {
                return new BufferLookup(names, candidate, AudioDecoder.decode(bytes, AudioContent.MAX_SAMPLES));
            }
        }
        return new BufferLookup(names, null, null);
    }

    /** The names looked for. */
    public List<String> tried() {
        return List.copyOf(tried);
    }

    /** Whether a file was found (decoded or not). */
    public boolean found() {
        return fileName != null;
    }

    /** The name of the file found, or null. */
    public String fileName() {
        return fileName;
    }

    /** What decoding the file found gave, or null when none was found. */
    public AudioDecoding decoding() {
        return decoding;
    }

    /** Whether a file name ends in an audio extension a buffer reads ({@code .wav}, {@code .wave}, {@code .aif}, {@code .aiff}, {@code .aifc}), any case. */
    public static boolean hasAudioExtension(String name) {
        for (String extension : AUDIO_EXTENSIONS) {
            int at = name.length() - extension.length();
            if (at > 0 && name.regionMatches(true, at, extension, 0, extension.length())) {
                return true;
            }
        }
        return false;
    }

    /** The part after the last '/', '\\' or ':' (a Max path such as {@code Macintosh HD:/audio/drums.wav}). */
    private static String lastPart(String name) {
        int cut = -1;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c == ':') {
                cut = i;
            }
        }
        return name.substring(cut + 1).trim();
    }
}
