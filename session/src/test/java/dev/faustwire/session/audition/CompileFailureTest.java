package dev.faustwire.session.audition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompileFailureTest {
    private static final String DIVISION = "{\"ok\": false, \"wasm\": null, \"json\": null, \"diagnostics\": ["
            + "{\"severity\": \"error\", \"code\": \"E016\", \"boxId\": \"box-2\", \"message\": \"division by 0\"},"
            + "{\"severity\": \"error\", \"code\": \"E999\", \"boxId\": \"box-3\", \"message\": \"from a newer server\"},"
            + "{\"severity\": \"error\", \"code\": \"E016\", \"message\": \"no line\"}]}";

    @Test
    void theBoxesAtFaultComeWithTheirCodeAndMessage() {
        List<Diagnostic> found = CompileFailure.read(DIVISION);
        assertEquals(2, found.size(), "a code this page does not know is left out: " + found);
        assertEquals(Code.COMPILE_ERROR, found.get(0).code());
        assertEquals("box-2", found.get(0).boxId());
        assertEquals("division by 0", found.get(0).message());
        assertNull(found.get(1).boxId());
        assertTrue(found.get(1).isError());
    }

    @Test
    void anAnswerThatIsNotTheServersSaysTheSoundWasNotCompiled() {
        for (String answer : new String[] {null, "<html>503</html>", "{\"ok\": false, \"diagnostics\": []}"}) {
            List<Diagnostic> found = CompileFailure.read(answer);
            assertEquals(1, found.size());
            assertEquals(Code.COMPILE_ERROR, found.get(0).code());
            assertNull(found.get(0).boxId());
            assertTrue(found.get(0).message().contains("last good sound"), found.get(0).message());
        }
    }

    @Test
    void theAuditionKeepsTheFailureUntilTheNextGoodCompile() {
        Audition audition = new Audition(AuditionOptions.fromQuery(""));
        audition.switchOn(true, "A", 0);
        audition.answered(audition.due(0), DIVISION);
        assertEquals("box-2", audition.failure().get(0).boxId());
        audition.edited("B", 10);
        audition.answered(audition.due(200), "{\"ok\": true, \"inputs\": 0, \"outputs\": 1, \"wasm\": \"AA==\","
                + " \"json\": {\"ui\": []}}");
        assertEquals(List.of(), audition.failure());
        audition.edited("C", 300);
        audition.answered(audition.due(500), null);
        assertEquals(1, audition.failure().size(), "a compile the server could not answer");
        audition.switchOn(false, null, 600);
        assertEquals(List.of(), audition.failure());
    }
}
