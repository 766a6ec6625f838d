package dev.faustwire.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.compile.ProbeBudget;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, through HTTP: a patch with many code boxes without @ins/@outs costs at most the probe
 * budget of one request; the boxes past it are E022 saying so, and the next request probes them.
 */
class ProbeBudgetIT {
    @TempDir
    Path temp;

    /** {@code n} code boxes {@code process = k;} (no inputs, one output), all summed into out 1. */
    static String patch(int n) {
        ObjectNode patch = TestServer.JSON.createObjectNode();
        ObjectNode boxes = patch.putObject("boxes");
        ObjectNode lines = patch.putObject("lines");
        boxes.putObject("box-out").put("text", "out 1");
        for (int i = 1; i <= n; i++) {
            boxes.putObject("box-" + i).put("text", "code").putObject("data").put("value", "process = " + (1000 + i) + ";");
            ObjectNode line = lines.putObject("line-" + i);
            line.putArray("src").add("box-" + i).add(0);
            line.putArray("dest").add("box-out").add(0);
        }
        return patch.toString();
    }

    @Test
    void aPatchWithManyCodeBoxesCostsOneRequestsBudgetOfProbes() throws Exception {
        CompileService compiles = new CompileService(new FaustCompiler(SandboxLimits.DEFAULT));
        try (TestServer server = new TestServer(Files.createDirectory(temp.resolve("ws")), compiles)) {
            List<Integer> unknown = new ArrayList<>();
            List<Double> seconds = new ArrayList<>();
            JsonNode last = null;
            for (int request = 0; request < 3; request++) {
                long start = System.nanoTime();
                last = TestServer.json(server.compilePatch(patch(12)));
                seconds.add((System.nanoTime() - start) / 1e9);
                int count = 0;
                for (JsonNode d : last.get("diagnostics")) {
                    if (d.get("code").asText().equals("E022")) {
                        count++;
                        assertTrue(d.get("message").asText().contains("probe budget"), d.toString());
                        assertTrue(d.get("message").asText().contains("@ins and @outs"), d.toString());
                    }
                }
                unknown.add(count);
            }

            System.out.printf("12 code boxes without arity, 3 requests: boxes left unknown %s, seconds %s%n", unknown, seconds);
            assertEquals(List.of(12 - ProbeBudget.DEFAULT_PROBES, 0, 0), unknown);
            assertTrue(last.get("ok").asBoolean(), last.toString());
            assertEquals(12, last.get("probes").size());
        }
    }
}
