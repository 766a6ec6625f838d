package dev.faustwire.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.testsupport.AudioFileBytes;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A patcher's buffer and a GenExpr Buffer read the file the workspace has; missing, long or poked ones are reported. */
class BufferImportTest {
    /** Audio files by lower-case name, nothing else. */
    static GenFiles audio(String name, byte[] bytes) {
        TreeMap<String, byte[]> files = new TreeMap<>();
        files.put(name.toLowerCase(Locale.ROOT), bytes);
        return new GenFiles() {
            @Override
            public String read(String fileName) {
                return null;
            }

            @Override
            public byte[] readBytes(String fileName) {
                return files.get(fileName.toLowerCase(Locale.ROOT));
            }
        };
    }

    static final byte[] STEREO = AudioFileBytes.wav16(2, 44100, 100, -100, 200, -200, 300, -300);

    static GenJson bufferPatcher(String buffer) {
        return GenJson.patcher().box(1, "in 1", 0, 1).box(2, buffer, 0, 2).box(3, "peek x", 2, 2).box(4, "sample x", 2, 2)
                .box(5, "out 1", 1, 0).box(6, "out 2", 1, 0).box(7, "dim x", 0, 1).box(8, "out 3", 1, 0)
                .line(1, 0, 3, 0).line(1, 0, 4, 0).line(3, 0, 5, 0).line(4, 0, 6, 0).line(7, 0, 8, 0);
    }

    static List<String> codes(GenImportResult result) {
        return result.report().stream().map(d -> d.code().id()).toList();
    }

    static String allFaust(GenImportResult result) {
        StringBuilder out = new StringBuilder();
        for (Box box : result.patch().boxes().values()) {
            out.append(box.text()).append('\n');
            if (box.data() instanceof JsonObject o && o.get("value") instanceof JsonString s) {
                out.append(s.value()).append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void aBufferReadsItsFileThroughTheTableOfItsReaders() {
        GenImportResult result = GenImport.run("b.gendsp", bufferPatcher("buffer x").gendsp(), audio("x.wav", STEREO));
        assertEquals(List.of(), codes(result), () -> result.report().toString());
        String faust = allFaust(result);
        assertTrue(faust.contains("gen.store_rd(3, 2, \\(j).((waveform{100,200,300,-100,-200,-300}, j) : rdtable : /(32768.0)), 0"),
                faust);
        assertTrue(faust.contains("gen.dim 3"), faust);
    }

    @Test
    void theSecondArgumentNamesTheFileAndCaseDoesNotMatter() {
        GenImportResult result = GenImport.run("b.gendsp", bufferPatcher("buffer x Drums").gendsp(), audio("DRUMS.AIF",
                AudioFileBytes.aiff(null, 1, 2, 16, 44100, AudioFileBytes.ints(new long[] {7, 8}, 2, true, false))));
        assertEquals(List.of(), codes(result), () -> result.report().toString());
        assertTrue(allFaust(result).contains("gen.store_rd(2, 1, \\(j).((waveform{7,8}, j)"), allFaust(result));
    }

    @Test
    void aMissingFileIsReportedOnTheBufferAndReadsGensOneFrameOfZero() {
        GenImportResult result = GenImport.run("b.gendsp", bufferPatcher("buffer loopy").gendsp().replace("peek x", "peek loopy")
                .replace("sample x", "sample loopy").replace("dim x", "dim loopy"), GenFiles.NONE);
        assertEquals(List.of("G020"), codes(result), () -> result.report().toString());
        Diagnostic d = result.report().get(0);
        assertEquals("box-2", d.boxId());
        assertTrue(d.message().contains("looked for loopy.wav, loopy.aif and loopy.aiff"), d.message());
        String faust = allFaust(result);
        assertTrue(faust.contains("gen.store_rd(1, 1, \\(j).(0.0), 0"), faust);
        assertTrue(faust.contains("gen.dim 1"), faust);
    }

    @Test
    void aFileTooLongOrNotAudioIsReportedWithItsCode() {
        byte[] tooLong = AudioFileBytes.wav(1, 1, 8000, 1, new byte[100_001]);
        assertEquals(List.of("G030"), codes(GenImport.run("b.gendsp", bufferPatcher("buffer x").gendsp(), audio("x.wav", tooLong))));
        assertEquals(List.of("G031"), codes(GenImport.run("b.gendsp", bufferPatcher("buffer x").gendsp(),
                audio("x.wav", "not audio at all".getBytes()))));
        assertEquals(List.of("G032"), codes(GenImport.run("b.gendsp", bufferPatcher("buffer x").gendsp(),
                audio("x.wav", AudioFileBytes.wav(6, 1, 8000, 1, new byte[8])))));
    }

    @Test
    void aPokeIntoABufferWritesIntoTheFilesTableAsADatasPoke() {
        String patcher = GenJson.patcher().box(1, "in 1", 0, 1).box(2, "buffer x", 0, 2).box(3, "poke x", 3, 0)
                .box(4, "peek x", 2, 2).box(5, "out 1", 1, 0).line(1, 0, 3, 0).line(1, 0, 3, 1).line(1, 0, 4, 0)
                .line(4, 0, 5, 0).gendsp();
        GenImportResult result = GenImport.run("b.gendsp", patcher, audio("x.wav", STEREO));
        assertEquals(List.of(), codes(result), () -> result.report().toString());
        assertTrue(allFaust(result).contains("gen.store_rd(3, 2, \\(j).((waveform{100,200,300,-100,-200,-300}, j) : rdtable"
                + " : /(32768.0)), 1, (p0v, p0f, p0c), c)"), "the poke writes into the file's table: " + allFaust(result));
    }

    @Test
    void aDataIsNotFilledFromAFileOfItsName() {
        String patcher = GenJson.patcher().box(1, "in 1", 0, 1).box(2, "data x 4 1", 0, 2).box(3, "peek x", 2, 2)
                .box(4, "out 1", 1, 0).line(1, 0, 3, 0).line(3, 0, 4, 0).gendsp();
        GenImportResult result = GenImport.run("b.gendsp", patcher, audio("x.wav", STEREO));
        assertFalse(allFaust(result).contains("waveform"), allFaust(result));
    }

    @Test
    void aGenExprBufferReadsItsFileAndItsPokesWriteIntoIt() {
        String code = "Buffer b(\"x\");\nout1 = peek(b, in1, 1);\nout2 = dim(b) + channels(b);\npoke(b, in1, 0);";
        String patcher = GenJson.patcher().box(1, "in 1", 0, 1).raw(2, "codebox", "\"code\": " + GenJson.quote(code), 1, 2)
                .box(3, "out 1", 1, 0).box(4, "out 2", 1, 0).line(1, 0, 2, 0).line(2, 0, 3, 0).line(2, 1, 4, 0).gendsp();
        GenImportResult result = GenImport.run("b.gendsp", patcher, audio("x.wav", STEREO));
        assertEquals(List.of(), codes(result), () -> result.report().toString());
        String faust = allFaust(result);
        assertTrue(faust.contains("gen.store_rd(3, 2, \\(j).((waveform{100,200,300,-100,-200,-300}, j) : rdtable : /(32768.0)), 1,"
                + " (t0p0v, (t0p0f - 1), t0p0c), "), "one poke writes into the buffer's table: " + faust);
    }

    @Test
    void aGenExprBufferWithoutItsFileIsReportedOnItsLine() {
        String code = "Buffer b(\"gone\");\nout1 = peek(b, in1);";
        String patcher = GenJson.patcher().box(1, "in 1", 0, 1).raw(2, "codebox", "\"code\": " + GenJson.quote(code), 1, 1)
                .box(3, "out 1", 1, 0).line(1, 0, 2, 0).line(2, 0, 3, 0).gendsp();
        GenImportResult result = GenImport.run("b.gendsp", patcher, GenFiles.NONE);
        assertEquals(List.of("G020"), codes(result), () -> result.report().toString());
        assertTrue(result.report().get(0).message().contains("gone.wav"), result.report().get(0).message());
    }

    @Test
    void twoBuffersOfOneFileReadItOnce() {
        int[] reads = {0};
        GenFiles counting = new GenFiles() {
            @Override
            public String read(String fileName) {
                return null;
            }

            @Override
            public byte[] readBytes(String fileName) {
                reads[0]++;
                return fileName.equals("drums.wav") ? STEREO : null;
            }
        };
        String code = "Buffer b(\"drums\");\nout1 = peek(b, in1);";
        String patcher = bufferPatcher("buffer x drums").raw(9, "codebox", "\"code\": " + GenJson.quote(code), 1, 1)
                .box(10, "out 4", 1, 0).line(1, 0, 9, 0).line(9, 0, 10, 0).gendsp();
        GenImportResult result = GenImport.run("b.gendsp", patcher, counting);
        assertEquals(1, reads[0], "the file is read once for the patcher's buffer and the codebox's");
        assertEquals(List.of(), codes(result), () -> result.report().toString());
    }
}
