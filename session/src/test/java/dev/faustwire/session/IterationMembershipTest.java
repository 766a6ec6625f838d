package dev.faustwire.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.edit.Command;
import dev.faustwire.core.editor.Scene;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The session gives the canvas codegen's iteration bodies, per level, worked out again only when the meaning changed. */
class IterationMembershipTest {
    private static final String PAR = """
            {"boxes": {
              "box-1": {"text": "par 3", "rect": [10, 10, 45, 22]},
              "box-2": {"text": "+ 1", "rect": [10, 60, 45, 22]},
              "box-3": {"text": "os.osc", "rect": [10, 110, 45, 22]},
              "box-4": {"text": "out 1", "rect": [10, 200, 45, 22]},
              "box-5": {"text": "p", "rect": [200, 10, 45, 22], "data": {"boxes": {
                 "box-1": {"text": "sum 2", "rect": [10, 10, 45, 22]},
                 "box-2": {"text": "* 2", "rect": [10, 60, 45, 22]},
                 "box-3": {"text": "out 1", "rect": [10, 110, 45, 22]}},
                 "lines": {"line-1": {"src": ["box-1", 1], "dest": ["box-2", 0]},
                           "line-2": {"src": ["box-2", 0], "dest": ["box-1", 0]},
                           "line-3": {"src": ["box-1", 0], "dest": ["box-3", 0]}}}},
              "box-6": {"text": "out 2", "rect": [200, 200, 45, 22]}},
             "lines": {"line-1": {"src": ["box-1", 3], "dest": ["box-2", 0]},
                       "line-2": {"src": ["box-2", 0], "dest": ["box-3", 0]},
                       "line-3": {"src": ["box-3", 0], "dest": ["box-1", 0]},
                       "line-4": {"src": ["box-1", 0], "dest": ["box-4", 0]},
                       "line-5": {"src": ["box-5", 0], "dest": ["box-6", 0]}}}
            """;

    @Test
    void theSceneOfEachLevelOutlinesItsBodiesAndAMoveReusesThem() {
        EditingSession session = new EditingSession(BundledIndex.get());
        session.open(Document.untitled(), PatchReader.read(PAR).patch());
        IterationMembership bodies = new IterationMembership(session.model(), BundledIndex.get(), none());
        assertEquals(Map.of("box-1", List.of("box-2", "box-3")), bodies.at(List.of()));
        assertEquals(Map.of("box-1", List.of("box-2")), bodies.at(List.of("box-5")));
        assertEquals(1, bodies.analyses());

        session.model().apply(new Command.MoveBox("box-3", 40, 140));
        assertEquals(Map.of("box-1", List.of("box-2", "box-3")), bodies.at(List.of()));
        assertEquals(1, bodies.analyses(), "a move does not change what the program iterates");

        session.model().apply(new Command.Disconnect("line-2"));
        // box-2 reads the variable but no longer leads back (E023), box-3 leads back but reads nothing: no body
        assertEquals(Map.of(), bodies.at(List.of()));
        assertEquals(2, bodies.analyses());

        Scene scene = session.editor().scene();
        assertEquals(0, scene.hulls().size());
        session.editor().enter("box-5");
        assertEquals("sum 2", session.editor().scene().hulls().get(0).label());
    }

    @Test
    void aPatchWithoutIterationsNeverRunsTheAnalysis() {
        EditingSession session = new EditingSession(BundledIndex.get());
        session.open(Document.untitled(), PatchReader.read("""
                {"boxes": {"box-1": {"text": "in 1"}, "box-2": {"text": "out 1"}},
                 "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]}}}
                """).patch());
        IterationMembership bodies = new IterationMembership(session.model(), BundledIndex.get(), none());
        assertTrue(bodies.at(List.of()).isEmpty());
        assertEquals(0, bodies.analyses());
        assertTrue(session.editor().scene().hulls().isEmpty());
    }

    private static dev.faustwire.codegen.Resources none() {
        return dev.faustwire.codegen.Resources.NONE;
    }
}
