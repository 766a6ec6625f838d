package dev.faustwire.session.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import dev.faustwire.core.view.Hit;
import dev.faustwire.session.audition.Audition;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Choosing, dropping and following the probed wire; what the compile request and the schedule get. */
class WireProbeTest {
    static Patch silentSine() {
        TreeMap<String, Box> boxes = new TreeMap<>();
        boxes.put("box-1", new Box("box-1", "os.osc 440", new Rect(80, 60, 70, 22)));
        boxes.put("box-2", new Box("box-2", "* 0", new Rect(80, 150, 40, 22)));
        boxes.put("box-3", new Box("box-3", "out 1", new Rect(80, 240, 45, 22)));
        TreeMap<String, Line> lines = new TreeMap<>();
        lines.put("line-1", new Line("line-1", new Port("box-1", 0), new Port("box-2", 0)));
        lines.put("line-2", new Line("line-2", new Port("box-2", 0), new Port("box-3", 0)));
        return new Patch(boxes, lines, JsonObject.EMPTY, JsonObject.EMPTY);
    }

    @Test
    void aClickOnALineProbesItsSourceAndASecondClickDropsIt() {
        WireProbe probe = new WireProbe();
        assertFalse(probe.active());
        assertTrue(probe.clicked(silentSine(), List.of(), new Hit.OnLine("line-1")));
        assertEquals("line-1", probe.lineId());
        assertEquals("box-1", probe.boxId());
        assertEquals(0, probe.outlet());
        assertEquals("{\"box\": \"box-1\", \"outlet\": 0}", probe.requestField());
        assertTrue(probe.clicked(silentSine(), List.of(), new Hit.OnLine("line-2")), "another wire");
        assertEquals("box-2", probe.boxId());
        assertTrue(probe.clicked(silentSine(), List.of(), new Hit.OnLine("line-2")), "the same wire again");
        assertFalse(probe.active());
        assertNull(probe.requestField());
    }

    @Test
    void aClickOnAnOutletProbesItWithTheFirstLineFromIt() {
        WireProbe probe = new WireProbe();
        assertTrue(probe.clicked(silentSine(), List.of(), new Hit.OnPort("box-1", true, 0)));
        assertEquals("line-1", probe.lineId());
        assertTrue(probe.clicked(silentSine(), List.of(), new Hit.OnPort("box-1", true, 0)));
        assertFalse(probe.active(), "the same outlet again drops it");
    }

    @Test
    void inletsBoxesEmptyCanvasUnknownLinesAndSubPatchersDoNothing() {
        WireProbe probe = new WireProbe();
        assertFalse(probe.clicked(silentSine(), List.of(), new Hit.OnPort("box-2", false, 0)));
        assertFalse(probe.clicked(silentSine(), List.of(), new Hit.OnBox("box-2", false)));
        assertFalse(probe.clicked(silentSine(), List.of(), new Hit.Empty()));
        assertFalse(probe.clicked(silentSine(), List.of(), new Hit.OnLine("line-9")));
        assertFalse(probe.clicked(silentSine(), List.of("box-7"), new Hit.OnLine("line-1")), "inside a sub-patcher");
        assertFalse(probe.active());
    }

    @Test
    void escapeDropsIt() {
        WireProbe probe = new WireProbe();
        probe.clicked(silentSine(), List.of(), new Hit.OnLine("line-1"));
        assertTrue(probe.clear());
        assertFalse(probe.clear(), "nothing left to drop");
    }

    @Test
    void theProbeFollowsEdits() {
        WireProbe probe = new WireProbe();
        Patch patch = silentSine();
        probe.clicked(patch, List.of(), new Hit.OnLine("line-1"));
        assertFalse(probe.patchChanged(patch));
        Patch rewired = patch.withLine("line-1", null).withLine("line-3",
                new Line("line-3", new Port("box-1", 0), new Port("box-3", 0)));
        assertTrue(probe.patchChanged(rewired));
        assertEquals("line-3", probe.lineId(), "another line from the same outlet");
        assertTrue(probe.patchChanged(rewired.withLine("line-3", null)));
        assertNull(probe.lineId());
        assertTrue(probe.active(), "the outlet is still probed");
        assertTrue(probe.patchChanged(rewired.withBox("box-1", null)));
        assertFalse(probe.active(), "its box went");
    }

    @Test
    void theScheduleSeesTheProbeAndTheSavedPatchDoesNot() {
        WireProbe probe = new WireProbe();
        assertEquals("process = 0;", probe.scheduleKey("process = 0;"));
        assertNull(probe.scheduleKey(null));
        probe.clicked(silentSine(), List.of(), new Hit.OnLine("line-1"));
        assertEquals("process = 0;\n// tap box-1 0", probe.scheduleKey("process = 0;"));
        assertNull(probe.scheduleKey(null), "no program, nothing to compile");
        String body = Audition.requestBody(silentSine(), "a.json", probe.requestField());
        assertTrue(body.endsWith(", \"tap\": {\"box\": \"box-1\", \"outlet\": 0}}"), body);
        assertFalse(PatchWriter.write(silentSine()).contains("tap"));
        assertEquals(Audition.requestBody(silentSine(), "a.json"), Audition.requestBody(silentSine(), "a.json", null));
    }
}
