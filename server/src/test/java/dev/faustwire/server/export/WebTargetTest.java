package dev.faustwire.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The web target with the real compiler; the page itself is played in e2e-tests' WebExportIT. */
class WebTargetTest {
    private final ExportTarget web = ExportTargets.named("web").orElseThrow();

    @Test
    void itIsAPageReadyAtOnceThatNeedsNoPackage() {
        assertEquals("web", web.name());
        assertEquals(List.of(), web.debianPackages());
        assertEquals(false, web.built());
    }

    @Test
    void aProgramThatDoesNotCompileGivesFaustsMessage() {
        ExportException e = assertThrows(ExportException.class,
                () -> web.export(new ExportRequest("process = nosuchthing;", "Broken"), ExportProgress.NONE));
        assertEquals(ExportException.Kind.DOES_NOT_COMPILE, e.kind());
        assertTrue(e.toolMessage().contains("nosuchthing"), e.toolMessage());
        assertTrue(!e.toolMessage().contains("/tmp/") && !e.toolMessage().contains("/job"), "no server path: " + e.toolMessage());
    }

    @Test
    void withoutTheWebappsJarACompiledProgramSaysTheRuntimeIsMissing() {
        // the server module's tests run without the webapp's jar, whose faustwasm runtime the page inlines
        List<String> steps = new ArrayList<>();
        ExportException e = assertThrows(ExportException.class,
                () -> web.export(new ExportRequest("process = 0;", "Quiet"), steps::add));
        assertEquals(ExportException.Kind.BUILD_FAILED, e.kind());
        assertTrue(e.getMessage().contains("faustwasm"), e.getMessage());
        assertEquals(List.of("faust -lang wasm", "page"), steps);
    }
}
