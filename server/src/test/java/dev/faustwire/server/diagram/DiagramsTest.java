package dev.faustwire.server.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.server.compile.Program;
import dev.faustwire.server.compile.Programs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Real {@code faust -svg} runs: stable names across runs, links rewritten, boxes found from definition names. */
class DiagramsTest {
    private static final String OSCILLATORS = "import(\"stdfaust.lib\");\nprocess = par(i, 3, os.osc((i + 1) * 440));\n";

    @Test
    void twoRunsGiveTheSameNamesAndFilesThoughFaustsNamesChange() throws Exception {
        long start = System.nanoTime();
        Map<String, byte[]> first = FaustSvg.draw(OSCILLATORS, "main");
        Map<String, byte[]> second = FaustSvg.draw(OSCILLATORS, "main");
        System.out.printf("two faust -svg runs of 3 oscillators: %.0f ms, %d files%n",
                (System.nanoTime() - start) / 1e6, first.size());
        assertNotEquals(first.keySet(), second.keySet(), "Faust names its files after memory addresses");
        Diagram one = Diagrams.make("a", first, Map.of());
        Diagram two = Diagrams.make("a", second, Map.of());
        assertEquals(one.names(), two.names());
        assertEquals(one.files(), two.files());
        assertEquals("process", one.names().get(0));
        assertEquals(List.of("process", "osc-1", "osc-2", "osc-3"), one.names().subList(0, 4));
        for (String name : one.names()) {
            assertTrue(Diagrams.servedName(name + ".svg"), name);
            assertFalse(one.file(name).contains("0x"), name + " still links to Faust's names");
        }
        assertTrue(one.file("process").contains("xlink:href=\"osc-1.svg\""), one.file("process"));
        assertTrue(one.file("osc-1").contains("xlink:href=\"process.svg\""), "a sub-diagram links back up");
    }

    @Test
    void theParPatchDrawsItsParAndNamesItsBoxes() throws Exception {
        Path patch = Path.of("/work/shared/corpus/jspatcher/ifc/11-00.dsppat");
        Program program = Programs.ofPatch(Files.readString(patch), "p11");
        Diagrams diagrams = new Diagrams();
        long start = System.nanoTime();
        Diagram diagram = diagrams.draw(program.code(), program.name(), program.sourceMap());
        System.out.printf("11-00 diagram: %.0f ms, %d files%n", (System.nanoTime() - start) / 1e6, diagram.names().size());
        assertSame(diagram, diagrams.draw(program.code(), program.name(), program.sourceMap()), "drawn once");
        assertSame(diagram, diagrams.find(diagram.id()));
        assertTrue(diagram.names().contains("Par-4"), diagram.names().toString());
        assertTrue(diagram.file("Par-4").contains(">Par_29</text>"), diagram.file("Par-4"));
        assertEquals("box-29", diagram.boxes().get("Par_29"));
        assertEquals("box-40", diagram.boxes().get("os_osc_40_0"));
        assertEquals("box-28", diagram.boxes().get("Mul_28_0"));
    }

    @Test
    void aProgramFaustRefusesIsADiagramException() {
        DiagramException e = assertThrows(DiagramException.class,
                () -> new Diagrams().draw("process = nonsense;\n", "bad", null));
        assertTrue(e.getMessage().contains("nonsense"), e.getMessage());
        assertFalse(e.getMessage().contains("/job"), e.getMessage());
    }

    @Test
    void onlyStableNamesAreServed() {
        assertTrue(Diagrams.servedName("process.svg"));
        assertTrue(Diagrams.servedName("os-12.svg"));
        assertFalse(Diagrams.servedName("os-0x7f052c2985b0.svg"));
        assertFalse(Diagrams.servedName("../process.svg"));
        assertFalse(Diagrams.servedName("process.svg.html"));
        assertFalse(Diagrams.servedName("os-0.svg"));
        assertEquals("os_osc", DiagramNames.base("os_osc-0x7f.svg"));
        assertEquals("block", DiagramNames.base("-0x7f.svg"));
    }
}
