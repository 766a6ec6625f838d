package dev.faustwire.session.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.editor.PatchEditor;
import dev.faustwire.core.editor.Selection;
import dev.faustwire.session.Document;
import dev.faustwire.session.EditingSession;
import dev.faustwire.stdlib.jvm.BundledIndex;
import dev.faustwire.testsupport.Corpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The links on a real patch with a sub-patcher (PAW's mean: box-22 is a {@code patcher} whose
 * boxes become lines 15 to 24), used as the code panel uses them with the editor: selection to
 * lines, and a line to {@code reveal} of its box.
 */
class CodeLinksSessionTest {
    private static EditingSession openMean() {
        EditingSession session = new EditingSession(BundledIndex.get());
        String text = Corpus.read(Corpus.jspatcher("paw/faust/03.subpatcher.mean.dsppat"));
        assertTrue(session.open(Document.inWorkspace("mean.dsppat", "\"e\""), text).isEmpty());
        assertTrue(session.generated().ok());
        return session;
    }

    private static List<Integer> highlighted(EditingSession session) {
        PatchEditor editor = session.editor();
        return CodeLinks.linesOf(session.generated().lineOwners(),
                CodeLinks.pathsOf(editor.levelPath(), editor.state().selection().boxes()));
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> lines = new ArrayList<>();
        for (int line = from; line <= to; line++) {
            lines.add(line);
        }
        return lines;
    }

    private static String line(EditingSession session, int number) {
        return session.generated().code().lines().toList().get(number - 1);
    }

    @Test
    void theSubpatcherBoxHighlightsItsDefinitionAndEveryLineOfTheBoxesInsideIt() {
        EditingSession session = openMean();
        session.editor().select(Selection.ofBox("box-22"));
        assertEquals(range(13, 26), highlighted(session));
        assertTrue(line(session, 13).contains("Patcher_22(In_1_0, In_2_0) = Out_1"), line(session, 13));
        assertTrue(line(session, 15).contains("Delay_7_0 = In_1_0 @ In_2_0;"), "box-22/box-7, inside: " + line(session, 15));
        assertTrue(line(session, 26).contains("Patcher_22_0 = Patcher_22("), line(session, 26));
        assertEquals(List.of(), CodeLinks.linesOf(session.generated().lineOwners(), Set.of("box-22/box-5")),
                "an in box of the sub-patcher becomes a parameter, no line of its own");
    }

    @Test
    void aBoxInsideOwnsOnlyItsOwnLines() {
        EditingSession session = openMean();
        assertEquals(List.of(19, 21), CodeLinks.linesOf(session.generated().lineOwners(), Set.of("box-22/box-9")));
        assertEquals(List.of(9, 11), CodeLinks.linesOf(session.generated().lineOwners(), Set.of("box-15")),
                "the + of the top, not the + inside");
    }

    @Test
    void theImportsAndTheProcessLineBelongToNoBox() {
        EditingSession session = openMean();
        List<String> owners = session.generated().lineOwners();
        for (int line : List.of(1, 2, 3, 4, 5, 29)) {
            assertNull(CodeLinks.ownerAt(owners, line), "line " + line + ": " + line(session, line));
        }
        assertEquals(29, owners.size());
    }

    @Test
    void aLineOfABoxInsideOpensTheSubpatcherSelectsTheBoxAndHighlightsItsLines() {
        EditingSession session = openMean();
        PatchEditor editor = session.editor();
        String owner = CodeLinks.ownerAt(session.generated().lineOwners(), 19);
        assertEquals("box-22/box-9", owner);
        assertTrue(editor.reveal(owner));
        assertEquals(List.of("box-22"), editor.levelPath());
        assertEquals(Set.of("box-9"), editor.state().selection().boxes());
        assertEquals(List.of(19, 21), highlighted(session), "the line clicked is among those highlighted");

        assertTrue(editor.reveal(CodeLinks.ownerAt(session.generated().lineOwners(), 27)), "a line of the top from inside");
        assertEquals(List.of(), editor.levelPath());
        assertEquals(Set.of("box-27"), editor.state().selection().boxes());
        assertEquals(List.of(27), highlighted(session));
    }

    @Test
    void everyLineOfABoxLeadsBackToItsLinesThroughTheEditor() {
        EditingSession session = openMean();
        List<String> owners = session.generated().lineOwners();
        for (int line = 1; line <= owners.size(); line++) {
            String owner = CodeLinks.ownerAt(owners, line);
            if (owner != null) {
                assertTrue(session.editor().reveal(owner), owner);
                assertTrue(highlighted(session).contains(line), "line " + line + " of " + owner);
            }
        }
    }
}
