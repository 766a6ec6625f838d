package dev.faustwire.session.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.io.PatchReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Export menu's model: the targets and jobs the server answers, read as the dialog shows them, and the request. */
class ExportModelTest {
    @Test
    void theTargetsReadInTheServersOrderWithTheirNotes() {
        List<ExportChoice> choices = ExportChoice.read("""
                [{"name": "dsp", "title": "Faust program (.dsp)", "built": false, "packages": []},
                 {"name": "lv2", "title": "LV2 plugin", "built": true, "packages": ["lv2-dev", "libboost-dev"]},
                 {"title": "no name"}]""");
        assertEquals(2, choices.size());
        assertEquals("ready at once", choices.get(0).note());
        assertEquals("built on the server with lv2-dev, libboost-dev", choices.get(1).note());
        assertEquals("/api/export/lv2", ExportRequests.url(choices.get(1)));
        assertEquals(List.of(), ExportChoice.read("<html>"));
    }

    @Test
    void aJobReadsItsStepsAndItsFileOrItsFailure() {
        ExportJobView running = ExportJobView.read("""
                {"id": "ab12", "state": "running", "steps": ["compiling the program", "g++"], "built": true}""");
        assertFalse(running.finished());
        assertEquals(List.of("compiling the program", "g++"), running.steps());
        assertEquals("/api/export/jobs/ab12", running.url());
        ExportJobView done = ExportJobView.read("""
                {"id": "ab12", "state": "done", "steps": [], "file": "/api/export/jobs/ab12/file", "fileName": "x.lv2.zip"}""");
        assertTrue(done.done() && done.finished());
        assertEquals("x.lv2.zip", done.fileName());
        ExportJobView failed = ExportJobView.read("""
                {"id": "ab12", "state": "failed", "steps": [], "code": "E050", "error": "g++ failed (exit status 1)",
                 "toolMessage": "x.cpp:1: fatal error: lv2.h: No such file", "diagnostics": []}""");
        assertTrue(failed.failed());
        assertEquals("E050: g++ failed (exit status 1)\n\nx.cpp:1: fatal error: lv2.h: No such file", failed.problem());
        assertNull(ExportJobView.read("{\"type\": \"about:blank\", \"detail\": \"no\"}"));
        assertEquals("E053: there is no export target \"vst\"",
                ExportJobView.refusal("{\"detail\": \"there is no export target \\\"vst\\\"\", \"code\": \"E053\"}"));
    }

    @Test
    void theRequestCarriesThePatchItsPathAndItsName() {
        var patch = PatchReader.read("{\"boxes\": {\"box-1\": {\"text\": \"out 1\"}}, \"lines\": {}}").patch();
        String body = ExportRequests.body(patch, "sounds/Warm pad.dsppat", "sounds/Warm pad.dsppat");
        assertTrue(body.startsWith("{\"patch\": {"), body);
        assertTrue(body.endsWith("\n, \"path\": \"sounds/Warm pad.dsppat\", \"name\": \"Warm pad\"}"), body);
        assertEquals("untitled", ExportRequests.stem(null));
        assertEquals("bell", ExportRequests.stem("bell"));
    }
}
