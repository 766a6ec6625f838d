package dev.faustwire.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.model.Box;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A patcher's tables: a data with its pokes and readers becomes one code box at the data's place (its Faust text
 * calling gen.store_rd and gen.data_read), the cords into the pokes and readers and out of the readers go to it, the
 * pokes and readers stay as comments with their Gen text, a loop through the table gets mem boxes; bad tables are
 * reported with a code and their box, never a crash.
 */
class TableImportTest {
    static String code(GenImportResult result, String boxId) {
        return result.patch().box(boxId).data().toString();
    }

    static List<String> texts(GenImportResult result, String text) {
        List<String> ids = new ArrayList<>();
        for (Box box : result.patch().boxes().values()) {
            if (box.text().equals(text)) {
                ids.add(box.id());
            }
        }
        return ids;
    }

    @Test
    void aDataWithAPokeAndAPeekIsOneCodeBoxAndItsCordsGoThere() {
        GenImportResult result = Imports.gendsp(GenJson.patcher()
                .box(1, "in 1", 0, 1).box(6, "in 2", 0, 1)
                .box(2, "data t 8", 0, 2).box(3, "poke t", 4, 0).box(4, "peek t", 2, 2).box(5, "out 1", 1, 0)
                .line(1, 0, 3, 0).line(6, 0, 3, 1).line(6, 0, 4, 0).line(4, 0, 5, 0));

        assertEquals(List.of(), result.report(), "a data with a poke and a peek translates exactly");
        assertEquals("code @ins 3 @outs 1", Imports.text(result, "box-2"), "the data's place: its code box");
        assertEquals("comment", Imports.text(result, "box-3"), "the poke's place: its Gen text as a comment");
        assertTrue(code(result, "box-3").contains("poke t"));
        assertEquals("comment", Imports.text(result, "box-4"));
        assertEquals(List.of("box-1:0 -> box-2:0", "box-2:0 -> box-5:0", "box-6:0 -> box-2:1", "box-6:0 -> box-2:2"),
                Imports.lines(result.patch()));
        String faust = code(result, "box-2");
        assertTrue(faust.contains("gen.store_rd(8, 1, \\(j).(0.0), 1, (p0v, p0f, p0c), c)"), faust);
        assertTrue(faust.contains("p0f = gen.poke_frame(8, 0, 0, in1)"), faust);
        assertTrue(faust.contains("gen.data_read(8, 0, 0, 0, tbl((floor(0) + 0)), in2)"), faust);
        assertFalse(faust.contains("~"), "no overdub: no loop inside");
        assertEquals(List.of(), texts(result, "mem"), "no loop through the table: no mem");
    }

    @Test
    void aReadFeedingAPokeOfTheSameTableGetsMemsOnThePokesInputsAndAHistoryOnTheWayNeedsNone() {
        GenJson loop = GenJson.patcher()
                .box(1, "in 1", 0, 1).box(2, "data t 8", 0, 2).box(3, "poke t", 4, 0).box(4, "peek t", 2, 2)
                .box(7, "* 0.5", 1, 1).box(5, "out 1", 1, 0)
                .line(1, 0, 4, 0).line(1, 0, 3, 1).line(4, 0, 7, 0).line(7, 0, 3, 0).line(4, 0, 5, 0);
        GenImportResult result = Imports.gendsp(loop);
        assertEquals(List.of(), result.report());
        List<String> mems = texts(result, "mem");
        assertEquals(2, mems.size(), "the poke's two connected inputs, one sample late");
        List<String> lines = Imports.lines(result.patch());
        assertTrue(lines.contains("box-7:0 -> " + mems.get(0) + ":0") || lines.contains("box-7:0 -> " + mems.get(1) + ":0"),
                lines.toString());
        assertTrue(lines.contains(mems.get(0) + ":0 -> box-2:0") || lines.contains(mems.get(1) + ":0 -> box-2:0"),
                lines.toString());

        GenImportResult cut = Imports.gendsp(GenJson.patcher()
                .box(1, "in 1", 0, 1).box(2, "data t 8", 0, 2).box(3, "poke t", 4, 0).box(4, "peek t", 2, 2)
                .box(7, "history", 1, 1).box(5, "out 1", 1, 0)
                .line(1, 0, 4, 0).line(1, 0, 3, 1).line(4, 0, 7, 0).line(7, 0, 3, 0).line(4, 0, 5, 0));
        assertEquals(List.of(), texts(cut, "mem"), "a history on the way already delays");
    }

    @Test
    void severalPokesAndTwoChannelsWithAPeekOfTwoChannelsAndItsIndexOutlet() {
        GenImportResult result = Imports.gendsp(GenJson.patcher()
                .box(1, "in 1", 0, 1).box(2, "data t 4 2", 0, 2).box(3, "poke t", 4, 0).box(8, "poke t 1", 4, 0)
                .box(4, "peek t @channels 2", 2, 3).box(5, "out 1", 1, 0).box(6, "out 2", 1, 0).box(9, "out 3", 1, 0)
                .box(10, "dim t", 0, 1).box(11, "channels t", 0, 1)
                .line(1, 0, 3, 0).line(1, 0, 3, 1).line(1, 0, 8, 0).line(1, 0, 8, 1).line(1, 0, 4, 0)
                .line(4, 0, 5, 0).line(4, 1, 6, 0).line(4, 2, 9, 0).line(10, 0, 5, 0).line(11, 0, 6, 0));
        assertEquals(List.of(), result.report());
        String faust = code(result, "box-2");
        assertEquals("code @ins 5 @outs 2", Imports.text(result, "box-2"));
        assertTrue(faust.contains("gen.store_rd(4, 2, \\(j).(0.0), 2, (p0v, p0f, p0c, p1v, p1f, p1c), c)"), faust);
        assertTrue(faust.contains("p1c = 1;"), "poke t 1: channel 1 by default: " + faust);
        assertTrue(faust.contains("tbl((floor(0) + 1))"), "the peek's second channel: " + faust);
        assertEquals("gen.dim 4", Imports.text(result, "box-10"));
        assertEquals("gen.channels 2", Imports.text(result, "box-11"));
        List<String> lines = Imports.lines(result.patch());
        assertTrue(lines.contains("box-2:0 -> box-5:0") && lines.contains("box-2:1 -> box-6:0"), lines.toString());
        String indexBox = null;
        for (String line : lines) {
            if (line.endsWith("-> box-9:0")) {
                indexBox = line.substring(0, line.indexOf(':'));
            }
        }
        assertTrue(Imports.text(result, indexBox).startsWith("code @ins 1"), "the index outlet: its own small box");
        assertTrue(lines.contains("box-1:0 -> " + indexBox + ":0"), lines.toString());
    }

    @Test
    void eachReaderHasGensDefaultsAndItsAttributes() {
        String[][] cases = {
            {"peek t", "gen.data_read(8, 0, 0, 0,"}, {"nearest t", "gen.data_read(8, 1, 0, 0,"},
            {"sample t", "gen.data_read(8, 1, 2, 0,"}, {"lookup t", "gen.data_read(8, 2, 2, 4,"},
            {"wave t", "gen.wave(8,"}, {"sample t @interp cubic @boundmode wrap", "gen.data_read(8, 1, 4, 1,"},
            {"peek t @index phase @interp linear @boundmode fold", "gen.data_read(8, 1, 2, 2,"},
            {"lookup t @boundmode mirror", "gen.data_read(8, 2, 2, 3,"},
        };
        for (String[] c : cases) {
            int inlets = c[0].startsWith("wave") ? 4 : 2;
            GenImportResult result = Imports.gendsp(GenJson.patcher()
                    .box(1, "in 1", 0, 1).box(2, "data t 8", 0, 2).box(4, c[0], inlets, 2).box(5, "out 1", 1, 0)
                    .line(1, 0, 4, 0).line(4, 0, 5, 0));
            assertEquals(List.of(), result.report(), c[0]);
            assertTrue(code(result, "box-2").contains(c[1]), c[0] + ": " + code(result, "box-2"));
            boolean clamps = c[0].startsWith("lookup") || c[0].startsWith("wave");
            assertEquals(!clamps, code(result, "box-2").contains(">= 1), "), c[0] + ": channel outside reads 0 (ignore)");
        }
    }

    @Test
    void overdubPokesWriteRoundALoopReadingTheTableBeforeTheirSample() {
        GenImportResult result = Imports.gendsp(GenJson.patcher()
                .box(1, "in 1", 0, 1).box(2, "data t 8", 0, 2).box(3, "poke t", 4, 0).box(8, "poke t @overdubmode mix", 4, 0)
                .box(4, "peek t", 2, 2).box(5, "out 1", 1, 0)
                .line(1, 0, 3, 0).line(1, 0, 3, 3).line(1, 0, 8, 3).line(1, 0, 4, 0).line(4, 0, 5, 0));
        String faust = code(result, "box-2");
        assertTrue(faust.contains("process = body ~ par(i, 6, _)"), faust);
        assertTrue(faust.contains("p0v = in0 + in1 * p0old;"), faust);
        assertTrue(faust.contains("select2((p0f == p1f) & (int(floor(p0c)) == int(floor(p1c))), tbl(p1c, p1f), p0v)"),
                "a later overdub at the same place reads the earlier poke's write: " + faust);
        assertEquals(List.of(Code.GEN_TABLE_APPROXIMATE), Imports.codes(result), "@overdubmode mix is reported");
    }

    @Test
    void badTablesAreReportedWithACodeAndTheirBoxNeverACrash() {
        String[][] cases = {
            {"data x -5", "peek x", "G022"}, {"data", "peek x", "G022"}, {"data x 8", "peek y", "G023"},
            {"data x 0.5", "poke x", "G022"}, {"data x 8 0", "dim x", "G022"}, {"data x foo", "peek x", "G022"},
            {"data x 8", "peek", "G023"}, {"data x 8", "poke x @index bogus", "G025"},
        };
        for (String[] c : cases) {
            GenImportResult result = Imports.gendsp(GenJson.patcher()
                    .box(1, "in 1", 0, 1).box(2, c[0], 0, 2).box(4, c[1], 2, 2).box(5, "out 1", 1, 0)
                    .line(1, 0, 4, 0).line(4, 0, 5, 0));
            assertTrue(result.imported(), c[0] + " / " + c[1]);
            boolean found = false;
            for (Diagnostic d : result.report()) {
                found |= d.code().id().equals(c[2]) && (d.target().endsWith("box-2") || d.target().endsWith("box-4"));
            }
            assertTrue(found, c[0] + " / " + c[1] + ": " + result.report());
        }
        GenImportResult twice = Imports.gendsp(GenJson.patcher().box(2, "data x 8", 0, 2).box(3, "data x 4", 0, 2));
        assertEquals(List.of(Code.GEN_TABLE_DUPLICATE), Imports.codes(twice));
        GenImportResult shared = Imports.gendsp(GenJson.patcher()
                .box(2, "data ola 8", 0, 2).box(4, "peek ola", 2, 2).box(5, "out 1", 1, 0).line(4, 0, 5, 0)
                .raw(6, "codebox", "\"code\": \"poke(ola, 1, 0);\\nout1 = 0;\"", 1, 1));
        assertEquals(List.of(Code.GEN_TABLE_SHARED_WITH_CODE, Code.GEN_TABLE_SHARED_WITH_CODE),
                Imports.codes(shared).subList(0, 2), "the peek and the data: " + shared.report());
    }

    @Test
    void aDataNothingNamesIsAnEmptyTableOfOneSilentOutlet() {
        GenImportResult result = Imports.gendsp(GenJson.patcher().box(1, "data sinc 512", 0, 2));
        assertEquals(List.of(), result.report());
        assertEquals("code @ins 0 @outs 1", Imports.text(result, "box-1"), "its text and its Faust agree on one output");
        assertTrue(code(result, "box-1").contains("process = 0\n"), code(result, "box-1"));
    }

    @Test
    void aReadersSecondArgumentIsItsChannelCount() {
        GenImportResult result = Imports.gendsp(GenJson.patcher()
                .box(1, "in 1", 0, 1).box(2, "data t 8 2", 0, 2).box(4, "sample t 2", 2, 3).box(5, "out 1", 1, 0)
                .box(6, "out 2", 1, 0).line(1, 0, 4, 0).line(4, 0, 5, 0).line(4, 1, 6, 0));
        assertEquals(List.of(), result.report());
        assertEquals("code @ins 1 @outs 2", Imports.text(result, "box-2"));
        assertEquals(List.of("box-1:0 -> box-2:0", "box-2:0 -> box-5:0", "box-2:1 -> box-6:0"), Imports.lines(result.patch()));
    }

    @Test
    void fiveHundredRandomTablePatchersImportWithoutACrashAndEveryProblemNamesItsBox() {
        String[] kinds = {"data", "poke", "peek", "sample", "nearest", "lookup", "wave", "dim", "channels", "buffer"};
        String[] words = {"t", "u", "-5", "0", "8", "3.5", "1e9", "samplerate", "@channels", "2", "@index", "phase",
            "bogus", "@boundmode", "wrap", "@overdubmode", "mix", "@interp", "cubic", "@channelmode", "fold", ""};
        java.util.Random random = new java.util.Random(16);
        int problems = 0;
        for (int round = 0; round < 500; round++) {
            GenJson patcher = GenJson.patcher().box(1, "in 1", 0, 1).box(2, "out 1", 1, 0);
            int count = 2 + random.nextInt(6);
            for (int b = 0; b < count; b++) {
                StringBuilder text = new StringBuilder(kinds[random.nextInt(kinds.length)]);
                int n = random.nextInt(5);
                for (int w = 0; w < n; w++) {
                    text.append(' ').append(words[random.nextInt(words.length)]);
                }
                patcher.box(3 + b, text.toString().trim(), random.nextInt(5), random.nextInt(4));
            }
            for (int l = 0; l < count * 2; l++) {
                patcher.line(1 + random.nextInt(count + 2), random.nextInt(3), 1 + random.nextInt(count + 2), random.nextInt(4));
            }
            GenImportResult result = Imports.gendsp(patcher);
            for (Diagnostic d : result.report()) {
                if (d.code().id().compareTo("G022") >= 0 && d.code().id().compareTo("G026") <= 0) {
                    problems++;
                    assertTrue(d.target() != null && d.target().contains("box-"), d.toString());
                }
            }
        }
        System.out.println("TableImportTest: 500 random table patchers imported, " + problems + " table problems reported");
        assertTrue(problems > 100, "the random patchers do exercise the table checks");
    }

    @Test
    void eachPatcherLevelHasItsOwnTablesAndANameFromAnotherLevelIsReported() {
        GenJson inner = GenJson.patcher().box(1, "in 1", 0, 1).box(2, "data t 4", 0, 2).box(3, "peek t", 2, 2)
                .box(4, "peek outer", 2, 2).box(5, "out 1", 1, 0).box(6, "out 2", 1, 0)
                .line(1, 0, 3, 0).line(1, 0, 4, 0).line(3, 0, 5, 0).line(4, 0, 6, 0);
        GenImportResult result = Imports.gendsp(GenJson.patcher()
                .box(1, "in 1", 0, 1).box(2, "data outer 8", 0, 2).gen(3, "gen @title child", inner, 1, 2)
                .box(4, "out 1", 1, 0).line(1, 0, 3, 0).line(3, 0, 4, 0));
        assertEquals(List.of(Code.GEN_TABLE_UNKNOWN), Imports.codes(result), result.report().toString());
        assertTrue(result.report().get(0).target().endsWith("box-3/box-4"), "the peek inside the child: "
                + result.report().get(0).target());
        assertTrue(result.report().get(0).message().contains("not shared across levels"));
        Box child = result.patch().box("box-3");
        assertEquals("code @ins 1 @outs 1", child.subpatch().box("box-2").text(), "the child's own data is translated");
        assertEquals("code @ins 0 @outs 1", Imports.text(result, "box-2"), "the outer data nothing reads in its level");
    }

    @Test
    void waveTakesPhaseStartEndAndChannelAndLookupClampsItsChannel() {
        GenImportResult result = Imports.gendsp(GenJson.patcher()
                .box(1, "in 1", 0, 1).box(6, "in 2", 0, 1).box(7, "in 3", 0, 1).box(2, "data t 8 2", 0, 2)
                .box(4, "wave t", 4, 2).box(8, "lookup t", 2, 2).box(5, "out 1", 1, 0).box(9, "out 2", 1, 0)
                .line(1, 0, 4, 0).line(6, 0, 4, 1).line(7, 0, 4, 2).line(6, 0, 4, 3).line(1, 0, 8, 0).line(7, 0, 8, 1)
                .line(4, 0, 5, 0).line(8, 0, 9, 0));
        assertEquals(List.of(), result.report());
        String faust = code(result, "box-2");
        assertEquals("code @ins 6 @outs 2", Imports.text(result, "box-2"));
        assertTrue(faust.contains("gen.wave(8, tbl((floor(in3) + 0)), in0, in1, in2)"), faust);
        assertTrue(faust.contains("gen.data_read(8, 2, 2, 4, tbl((floor(in5) + 0)), in4)"), faust);
        assertFalse(faust.contains("select2(((floor(in5)"), "lookup clamps its channel (store_rd does): " + faust);
        assertEquals(List.of("box-1:0 -> box-2:0", "box-1:0 -> box-2:4", "box-2:0 -> box-5:0", "box-2:1 -> box-9:0",
                "box-6:0 -> box-2:1", "box-6:0 -> box-2:3", "box-7:0 -> box-2:2", "box-7:0 -> box-2:5"),
                Imports.lines(result.patch()));
    }

    @Test
    void aReaderFedByAReadOfItsOwnTableGetsMemsAndIsReported() {
        GenImportResult result = Imports.gendsp(GenJson.patcher()
                .box(1, "in 1", 0, 1).box(2, "data t 8", 0, 2).box(3, "peek t", 2, 2).box(4, "peek t", 2, 2)
                .box(5, "out 1", 1, 0).line(1, 0, 3, 0).line(3, 0, 4, 0).line(4, 0, 5, 0));
        assertEquals(List.of(Code.GEN_TABLE_APPROXIMATE), Imports.codes(result));
        assertTrue(result.report().get(0).target().endsWith("box-4"), result.report().toString());
        List<String> mems = texts(result, "mem");
        assertEquals(1, mems.size());
        List<String> lines = Imports.lines(result.patch());
        assertTrue(lines.contains("box-2:0 -> " + mems.get(0) + ":0") && lines.contains(mems.get(0) + ":0 -> box-2:1"),
                lines.toString());
    }

    @Test
    void attributesThatAreNotTranslatedExactlyAreReportedAtTheirBox() {
        String[][] cases = {
            {"peek t @channelmode wrap", "@channelmode wrap"}, {"sample t @interp spline6", "@interp spline6"},
            {"wave t @interp cubic", "wave are not translated"}, {"peek t @channels many", "@channels many"},
        };
        for (String[] c : cases) {
            GenImportResult result = Imports.gendsp(GenJson.patcher()
                    .box(1, "in 1", 0, 1).box(2, "data t 8", 0, 2).box(4, c[0], c[0].startsWith("wave") ? 4 : 2, 2)
                    .box(5, "out 1", 1, 0).line(1, 0, 4, 0).line(4, 0, 5, 0));
            assertEquals(List.of(Code.GEN_TABLE_APPROXIMATE), Imports.codes(result), c[0] + ": " + result.report());
            assertTrue(result.report().get(0).message().contains(c[1]), result.report().get(0).message());
        }
    }

    @Test
    void anInWithARangeFeedsAPokeThroughItsClampBox() {
        GenImportResult result = Imports.gendsp(GenJson.patcher()
                .box(1, "in 1 @min 0 @max 1", 0, 1).box(2, "data t 8", 0, 2).box(3, "poke t", 4, 0)
                .box(4, "peek t", 2, 2).box(5, "out 1", 1, 0).line(1, 0, 3, 0).line(4, 0, 5, 0));
        String clamp = null;
        for (Box box : result.patch().boxes().values()) {
            if (box.text().startsWith("gen.clip")) {
                clamp = box.id();
            }
        }
        List<String> lines = Imports.lines(result.patch());
        assertTrue(lines.contains(clamp + ":0 -> box-2:0"), "the clamped value goes into the table: " + lines);
        assertFalse(lines.contains("box-1:0 -> box-2:0"), lines.toString());
    }
}
