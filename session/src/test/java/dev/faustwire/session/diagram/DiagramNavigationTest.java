package dev.faustwire.session.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagramNavigationTest {
    private static final String ANSWER = "{\"id\":\"0123abcd\",\"root\":\"process\",\"names\":[\"process\",\"Out-1\",\"Par-4\",\"os-5\"],"
            + "\"boxes\":{\"Par_29\":\"box-29\",\"os_osc_40_0\":\"box-40\",\"Mul_3_0\":\"box-9/box-3\"}}";

    @Test
    void linksOpenFilesOfTheDiagramAndTheLinkUpGoesBack() {
        DiagramNavigation navigation = DiagramNavigation.of(ANSWER);
        assertEquals("process", navigation.current());
        assertEquals("/api/diagram/0123abcd/process.svg", navigation.url());
        assertTrue(navigation.follow("Out-1.svg"));
        assertTrue(navigation.follow("Par-4.svg"));
        assertEquals(List.of("process", "Out-1", "Par-4"), navigation.trail());
        assertEquals("/api/diagram/0123abcd/Par-4.svg", navigation.url());
        assertTrue(navigation.follow("Out-1.svg"), "Faust's link up to the parent");
        assertEquals(List.of("process", "Out-1"), navigation.trail());
        assertTrue(navigation.back());
        assertFalse(navigation.back());
        navigation.follow("Par-4.svg");
        navigation.top();
        assertEquals("process", navigation.current());
    }

    @Test
    void otherLinksAreNotFollowed() {
        DiagramNavigation navigation = DiagramNavigation.of(ANSWER);
        assertFalse(navigation.follow("javascript:alert(1)"));
        assertFalse(navigation.follow("https://example.org/Par-4.svg"));
        assertFalse(navigation.follow("Par-0x7f052c298fd0.svg"));
        assertFalse(navigation.follow(null));
        assertEquals("process", navigation.current());
    }

    @Test
    void labelsLeadToTheBoxesTheirDefinitionsComeFrom() {
        DiagramNavigation navigation = DiagramNavigation.of(ANSWER);
        assertEquals("box-29", navigation.boxOf("Par_29"));
        assertEquals("box-40", navigation.boxOf(" os_osc_40_0(440) "));
        assertEquals("box-9/box-3", navigation.boxOf("Mul_3_0"));
        assertNull(navigation.boxOf("phasor(65536)(440)"));
        assertNull(navigation.boxOf(null));
    }

    @Test
    void refusalsSayTheirCode() {
        assertNull(DiagramNavigation.of("<html>proxy error</html>"));
        assertNull(DiagramNavigation.of("{\"id\":\"a\",\"root\":\"process\",\"names\":[]}"));
        assertEquals("E054: faust -svg: exit status 1: ERROR", DiagramNavigation.problem(
                "{\"status\":422,\"detail\":\"x\",\"diagnostics\":[{\"code\":\"E054\",\"message\":\"faust -svg: exit status 1: ERROR\"}]}",
                "?"));
        assertEquals("bad", DiagramNavigation.problem("{\"detail\":\"bad\"}", "?"));
        assertEquals("HTTP 500", DiagramNavigation.problem("oops", "HTTP 500"));
    }

    @Test
    void aRefusedDrawingGivesItsDiagnosticsToProblems() {
        java.util.List<dev.faustwire.core.diag.Diagnostic> failed = DiagramNavigation.diagnostics(
                "{\"status\": 422, \"detail\": \"faust -svg failed\", \"diagnostics\": [{\"code\": \"E054\","
                        + " \"message\": \"faust -svg failed\"}]}");
        assertEquals(1, failed.size());
        assertEquals(dev.faustwire.core.diag.Code.DIAGRAM_FAILED, failed.get(0).code());
        java.util.List<dev.faustwire.core.diag.Diagnostic> patch = DiagramNavigation.diagnostics(
                "{\"diagnostics\": [{\"code\": \"E013\", \"boxId\": \"box-3\", \"message\": \"a loop without delay\"}]}");
        assertEquals("box-3", patch.get(0).boxId());
        assertEquals(java.util.List.of(), DiagramNavigation.diagnostics(null));
        assertEquals(java.util.List.of(), DiagramNavigation.diagnostics("<html>502</html>"));
        assertEquals(java.util.List.of(), DiagramNavigation.diagnostics("{\"detail\": \"busy\"}"));
    }
}
