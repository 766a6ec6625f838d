package dev.faustwire.gen.audio;

import static dev.faustwire.testsupport.AudioFileBytes.aiff;
import static dev.faustwire.testsupport.AudioFileBytes.floats;
import static dev.faustwire.testsupport.AudioFileBytes.ints;
import static dev.faustwire.testsupport.AudioFileBytes.wav;
import static dev.faustwire.testsupport.AudioFileBytes.wav16;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.gen.GenFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Which file a buffer reads, and what stands for it when there is none or it cannot be read. */
class BufferTablesTest {
    /** Files by lower-case name, and the names asked for, in order. */
    static final class Folder implements GenFiles {
        final TreeMap<String, byte[]> files = new TreeMap<>();
        final List<String> asked = new ArrayList<>();

        Folder with(String name, byte[] bytes) {
            files.put(name.toLowerCase(Locale.ROOT), bytes);
            return this;
        }

        @Override
        public String read(String fileName) {
            return null;
        }

        @Override
        public byte[] readBytes(String fileName) {
            asked.add(fileName);
            return files.get(fileName.toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void theNamesABufferMayHave() {
        assertEquals(List.of("drums.wav", "drums.aif", "drums.aiff"), BufferLookup.candidates("drums"));
        assertEquals(List.of("drums.WAV"), BufferLookup.candidates("drums.WAV"));
        assertEquals(List.of("loop.aifc"), BufferLookup.candidates("loop.aifc"));
        assertEquals(List.of("take.1.wav", "take.1.aif", "take.1.aiff"), BufferLookup.candidates("take.1"));
        assertEquals(List.of("drums.wav"), BufferLookup.candidates("Macintosh HD:/Users/me/audio/drums.wav"));
        assertEquals(List.of("drums.aif"), BufferLookup.candidates("..\\..\\drums.aif"));
        assertEquals(List.of(), BufferLookup.candidates("../.hidden"));
        assertEquals(List.of(), BufferLookup.candidates("audio/"));
        assertEquals(List.of(), BufferLookup.candidates(""));
        assertEquals(List.of(), BufferLookup.candidates(".wav"));
    }

    @Test
    void aBufferReadsTheFirstFileFoundAndTheFileArgumentWins() {
        Folder folder = new Folder().with("drums.aif", aiff(null, 1, 2, 16, 44100, ints(new long[] {16384, -16384}, 2, true, false)))
                .with("other.wav", wav16(2, 48000, 1, 2, 3, 4, 5, 6));
        BufferTables tables = new BufferTables(folder);
        BufferTable drums = tables.table("\"buffer drums\"", "drums", null);
        assertEquals(List.of("drums.wav", "drums.aif"), folder.asked);
        assertEquals("drums.aif", drums.fileName());
        assertEquals(2, drums.dim());
        assertEquals(1, drums.channels());
        assertEquals("\\(j).((waveform{16384,-16384}, j) : rdtable : /(32768.0))", drums.content());
        assertNull(drums.code());
        assertEquals("", drums.message());
        assertTrue(drums.fromFile());
        BufferTable other = tables.table("\"buffer drums other\"", "drums", "other");
        assertEquals("other.wav", other.fileName());
        assertEquals(3, other.dim());
        assertEquals(2, other.channels());
        assertEquals("\\(j).((waveform{1,3,5,2,4,6}, j) : rdtable : /(32768.0))", other.content());
    }

    @Test
    void aFileIsReadOnceHoweverManyBuffersNameIt() {
        Folder folder = new Folder().with("loop.wav", wav16(1, 44100, 7));
        BufferTables tables = new BufferTables(folder);
        BufferTable first = tables.table("a", "loop", null);
        assertSame(first, tables.table("b", "LOOP", null));
        assertSame(first, tables.table("c", "x", "loop.wav"));
        assertEquals(List.of("loop.wav"), folder.asked);
    }

    @Test
    void aMissingFileIsGensOneFrameOfZeroAndSaysWhatWasLookedFor() {
        BufferTable t = new BufferTables(new Folder()).table("\"buffer loopy\"", "loopy", null);
        assertEquals(Code.GEN_EXTERNAL_BUFFER, t.code());
        assertEquals(1, t.dim());
        assertEquals(1, t.channels());
        assertEquals(BufferTable.ZEROS, t.content());
        assertFalse(t.fromFile());
        assertNull(t.fileName());
        assertTrue(t.message().startsWith("\"buffer loopy\" names a Max buffer~ whose audio file is neither beside the patcher"
                + " nor in the workspace (looked for loopy.wav, loopy.aif and loopy.aiff); a one-frame table of 0"), t.message());
        assertTrue(new BufferTables(new Folder()).table("b", "..", null).message().contains("looked for no file"));
    }

    @Test
    void filesThatCannotBeReadAreReportedWithTheirCode() {
        Folder folder = new Folder().with("text.wav", "hello, not audio".getBytes())
                .with("mulaw.wav", wav(7, 1, 8000, 1, new byte[4]))
                .with("cut.wav", java.util.Arrays.copyOf(wav16(1, 8000, 1, 2, 3, 4), 50))
                .with("long.wav", wav(1, 1, 8000, 1, new byte[AudioContent.MAX_SAMPLES + 1]));
        BufferTables tables = new BufferTables(folder);
        assertEquals(Code.GEN_AUDIO_UNREADABLE, tables.table("t", "text", null).code());
        assertEquals(Code.GEN_AUDIO_UNSUPPORTED, tables.table("m", "mulaw", null).code());
        BufferTable cut = tables.table("\"buffer cut\"", "cut", null);
        assertEquals(Code.GEN_AUDIO_UNREADABLE, cut.code());
        assertTrue(cut.message().startsWith("\"buffer cut\" reads cut.wav: the data chunk claims 8 bytes but only 6 follow it"),
                cut.message());
        BufferTable long1 = tables.table("l", "long", null);
        assertEquals(Code.GEN_AUDIO_TOO_LARGE, long1.code());
        assertTrue(long1.message().contains("50001 frames of 1 channel are 50001 samples, more than the 50000"), long1.message());
        assertEquals(BufferTable.ZEROS, long1.content());
        assertEquals("long.wav", long1.fileName());
    }

    @Test
    void allTheFilesOfAnImportTogetherStayWithinTheLimit() {
        int half = AudioContent.MAX_SAMPLES / 2;
        Folder folder = new Folder().with("a.wav", wav(1, 1, 8000, 1, new byte[half]))
                .with("b.wav", wav(1, 1, 8000, 1, new byte[half])).with("c.wav", wav(1, 1, 8000, 1, new byte[1]));
        BufferTables tables = new BufferTables(folder);
        assertTrue(tables.table("a", "a", null).fromFile());
        assertTrue(tables.table("b", "b", null).fromFile());
        BufferTable c = tables.table("\"buffer c\"", "c", null);
        assertEquals(Code.GEN_AUDIO_TOO_LARGE, c.code());
        assertEquals("\"buffer c\" reads c.wav (1 samples): with the other buffers' files (50000 samples) that is more than the"
                + " 50000 samples an import's tables hold; a one-frame table of 0 stands for it, as in Gen when a buffer~ is"
                + " missing. Substitute: shorter excerpts of the files, or soundfile boxes", c.message());
    }

    @Test
    void notFiniteSamplesAreAWarningAndTheFileIsStillRead() {
        Folder folder = new Folder().with("odd.wav", wav(3, 1, 8000, 4, floats(new double[] {Double.NaN, 0.5}, 4, false)));
        BufferTable t = new BufferTables(folder).table("\"buffer odd\"", "odd", null);
        assertEquals(Code.GEN_AUDIO_NOT_FINITE, t.code());
        assertTrue(t.fromFile());
        assertEquals("\\(j).((waveform{0.0,0.5}, j) : rdtable)", t.content());
        assertTrue(t.message().contains("1 of whose samples are not finite"), t.message());
    }

    @Test
    void genFilesWithoutAudioReadNoBytes() {
        assertNull(GenFiles.NONE.readBytes("drums.wav"));
        GenFiles textOnly = name -> "text";
        assertNull(textOnly.readBytes("drums.wav"));
    }
}
