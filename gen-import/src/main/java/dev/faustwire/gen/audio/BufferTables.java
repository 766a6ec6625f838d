package dev.faustwire.gen.audio;

import dev.faustwire.core.diag.Code;
import dev.faustwire.gen.GenFiles;
import java.util.List;
import java.util.TreeMap;

/**
 * The tables of one import's buffers: each file looked up and decoded once however many buffers name it, and
 * all the files together at most {@link AudioContent#MAX_SAMPLES} samples (the program that holds them is
 * compiled as one); a file past that, unreadable or missing is reported and stands as Gen's one frame of 0.
 * It is the import's {@link GenFiles} too (reads go to the files it wraps), so the patcher's boxes and its
 * GenExpr share one budget.
 */
public final class BufferTables implements GenFiles {
    private final GenFiles files;
    private final TreeMap<String, BufferTable> byFile = new TreeMap<>();
    private int samples;

    public BufferTables(GenFiles files) {
        this.files = files;
    }

    /** The import's buffer tables: {@code files} itself when it is one, else a new one over it. */
    public static BufferTables of(GenFiles files) {
        return files instanceof BufferTables tables ? tables : new BufferTables(files);
    }

    @Override
    public String read(String fileName) {
        return files.read(fileName);
    }

    @Override
    public byte[] readBytes(String fileName) {
        return files.readBytes(fileName);
    }

    /** The table of {@code buffer name [file]} ({@code file} null when not given); {@code what} names it in messages. */
    public BufferTable table(String what, String name, String file) {
        List<String> candidates = BufferLookup.candidates(file != null ? file : name);
        String key = candidates.isEmpty() ? "" : lowerAscii(candidates.get(0));
        BufferTable known = byFile.get(key);
        if (known != null) {
            return known;
        }
        BufferTable table = look(what, name, file, candidates);
        byFile.put(key, table);
        return table;
    }

    private BufferTable look(String what, String name, String file, List<String> candidates) {
        String stand = "; a one-frame table of 0 stands for it, as in Gen when a buffer~ is missing";
        BufferLookup lookup = BufferLookup.find(files, name, file);
        if (!lookup.found()) {
            return BufferTable.substitute(null, Code.GEN_EXTERNAL_BUFFER, what + " names a Max buffer~ whose audio file is"
                    + " neither beside the patcher nor in the workspace (looked for " + join(candidates) + ")" + stand
                    + ". Substitute: put the file in the workspace and import again");
        }
        String found = lookup.fileName();
        AudioDecoding decoding = lookup.decoding();
        if (!decoding.ok()) {
            Code code = switch (decoding.problem()) {
                case TOO_LARGE -> Code.GEN_AUDIO_TOO_LARGE;
                case UNSUPPORTED -> Code.GEN_AUDIO_UNSUPPORTED;
                default -> Code.GEN_AUDIO_UNREADABLE;
            };
            String advice = decoding.problem() == AudioProblem.TOO_LARGE
                    ? ". Substitute: a shorter excerpt of the file (at most " + AudioContent.MAX_SAMPLES + " samples), or a soundfile box"
                    : ". Substitute: save the file as 16 or 24-bit PCM WAV";
            return BufferTable.substitute(found, code, what + " reads " + found + ": " + decoding.message() + stand + advice);
        }
        AudioData audio = decoding.audio();
        if (samples + audio.size() > AudioContent.MAX_SAMPLES) {
            return BufferTable.substitute(found, Code.GEN_AUDIO_TOO_LARGE, what + " reads " + found + " (" + audio.size()
                    + " samples): with the other buffers' files (" + samples + " samples) that is more than the "
                    + AudioContent.MAX_SAMPLES + " samples an import's tables hold" + stand
                    + ". Substitute: shorter excerpts of the files, or soundfile boxes");
        }
        samples += audio.size();
        AudioContent content = AudioContent.of(audio);
        Code code = content.notFinite() > 0 ? Code.GEN_AUDIO_NOT_FINITE : null;
        String message = code == null ? "" : what + " reads " + found + ", " + content.notFinite()
                + " of whose samples are not finite numbers: NaN is read as 0, infinities as the largest float";
        return new BufferTable(audio.frames(), audio.channels(), content.function(), found, code, message);
    }

    /** Names match without regard to case, as GenFiles match them (ASCII, the same in every locale). */
    private static String lowerAscii(String name) {
        char[] c = name.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] = (char) (c[i] + 32);
            }
        }
        return new String(c);
    }

    private static String join(List<String> names) {
        if (names.isEmpty()) {
            return "no file: the name is empty or hidden";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            out.append(i == 0 ? "" : i == names.size() - 1 ? " and " : ", ").append(names.get(i));
        }
        return out.toString();
    }
}
