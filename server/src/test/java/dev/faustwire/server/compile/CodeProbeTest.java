package dev.faustwire.server.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faustwire.codegen.Resources.Arity;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import dev.faustwire.server.workspace.WorkspaceResources;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Code boxes probed by the real compiler in its sandbox, through {@link Programs} and {@link CompileReport}. */
class CodeProbeTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static CompileService service;

    @TempDir
    Path root;

    @BeforeAll
    static void start() {
        service = new CompileService(new FaustCompiler(SandboxLimits.DEFAULT), 2, 8, 16L << 20);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    /** in 1 (box-1) and in 2 (box-2) into a code box (box-3) with this text and box text, out 1 (box-4). */
    static String codePatch(String faust, String boxText, String extraData) {
        ObjectNode patch = JSON.createObjectNode();
        ObjectNode boxes = patch.putObject("boxes");
        boxes.putObject("box-1").put("text", "in 1");
        boxes.putObject("box-2").put("text", "in 2");
        ObjectNode code = boxes.putObject("box-3").put("text", boxText);
        ObjectNode data = code.putObject("data").put("value", faust);
        if (extraData != null) {
            data.setAll((ObjectNode) parse(extraData));
        }
        boxes.putObject("box-4").put("text", "out 1");
        ObjectNode lines = patch.putObject("lines");
        line(lines, "line-1", "box-1", "box-3", 0);
        line(lines, "line-2", "box-2", "box-3", 1);
        line(lines, "line-3", "box-3", "box-4", 0);
        return patch.toString();
    }

    static String codePatch(String faust) {
        return codePatch(faust, "code", null);
    }

    private static void line(ObjectNode lines, String id, String from, String to, int inlet) {
        ObjectNode line = lines.putObject(id);
        line.putArray("src").add(from).add(0);
        line.putArray("dest").add(to).add(inlet);
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Program generate(String patch, CodeProbe probe) throws IOException {
        return Programs.ofPatch(patch, null, new WorkspaceResources(root, root, probe));
    }

    private static Diagnostic onlyError(Program program) {
        var errors = program.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0);
    }

    @Test
    void probesACodeBoxAndReportsItsArity() throws IOException {
        Program program = generate(codePatch("process = max;"), new CodeProbe(service));
        assertTrue(program.compilable(), program.diagnostics().toString());
        assertEquals(2, program.inputs());
        assertEquals(1, program.outputs());
        assertEquals(Map.of("box-3", Arity.of(2, 1)), program.probes());
        CompileReport report = CompileReport.of(program, service);
        assertTrue(report.ok(), report.diagnostics().toString());
        JsonNode json = JSON.valueToTree(report.toJson());
        assertEquals(2, json.path("inputs").asInt());
        assertEquals(parse("{\"box-3\": {\"inputs\": 2, \"outputs\": 1}}"), json.path("probes"));
    }

    @Test
    void brokenFaustIsE016OnTheBoxWithTheCompilersMessage() throws IOException {
        Program program = generate(codePatch("a = 1;\nprocess = maxx;"), CodeProbe.direct());
        assertFalse(program.compilable());
        Diagnostic error = onlyError(program);
        assertEquals("E016", error.code().id());
        assertEquals("box-3", error.boxId());
        assertTrue(error.message().contains("line 2: undefined symbol : maxx"), error.message());
        assertTrue(program.probes().isEmpty());
        JsonNode json = JSON.valueToTree(CompileReport.of(program, service).toJson());
        assertEquals(parse("{}"), json.path("probes"));
    }

    @Test
    void importingAFileOfTheServerIsRefusedBySandbox() throws IOException {
        for (String faust : new String[] {"import(\"/etc/passwd\");\nprocess = _;",
                "process = component(\"/etc/passwd\");", "x = library(\"/etc/hostname\");\nprocess = x.y;"}) {
            Program program = generate(codePatch(faust), CodeProbe.direct());
            Diagnostic error = onlyError(program);
            assertEquals("E016", error.code().id(), faust);
            assertEquals("box-3", error.boxId(), faust);
            String answer = JSON.writeValueAsString(CompileReport.of(program, service).toJson());
            for (String leak : new String[] {"root:x:0", "nologin", "/usr/share", "/job", "/tmp"}) {
                assertFalse(answer.contains(leak), leak + " in " + answer);
            }
        }
    }

    @Test
    void theSameTextIsCompiledOnce() throws IOException {
        CodeProbe probe = new CodeProbe(service);
        ObjectNode patch = (ObjectNode) parse(codePatch("process = max;"));
        ObjectNode other = ((ObjectNode) patch.get("boxes")).putObject("box-5").put("text", "code");
        other.putObject("data").put("value", "process = max;");
        String twoBoxes = patch.toString();
        Program first = generate(twoBoxes, probe);
        assertEquals(1, probe.compileCount());
        assertEquals(Map.of("box-3", Arity.of(2, 1), "box-5", Arity.of(2, 1)), first.probes());
        Program again = generate(codePatch("process = max;"), probe);
        assertEquals(1, probe.compileCount(), "a second patch with the same code is answered from the cache");
        assertEquals(first.code(), again.code());
        generate(codePatch("process = min;"), probe);
        assertEquals(2, probe.compileCount());
    }

    @Test
    void refusedTextIsKeptTooButCountsAreNot() {
        CodeProbe probe = CodeProbe.direct();
        Arity broken = probe.arity("process = nope;");
        assertNotNull(broken.problem());
        assertEquals(broken, probe.arity("process = nope;"));
        assertEquals(1, probe.compileCount());
    }

    @Test
    void keepsOnlyTheMostRecentlyUsedTexts() {
        CodeProbe probe = new CodeProbe(null, () -> new FaustCompiler(CodeProbe.LIMITS), 2);
        probe.arity("process = 0;");
        probe.arity("process = 1;");
        probe.arity("process = 0;");
        assertEquals(2, probe.compileCount());
        probe.arity("process = 2;");
        assertEquals(3, probe.compileCount());
        probe.arity("process = 0;");
        assertEquals(3, probe.compileCount(), "used most recently, so still known");
        probe.arity("process = 1;");
        assertEquals(4, probe.compileCount(), "the least recently used was forgotten");
    }

    @Test
    void withoutACompilerTheProbeSaysSo() {
        CodeProbe probe = new CodeProbe(null, () -> {
            throw new IllegalStateException("faust is not installed");
        }, 2);
        Arity arity = probe.arity("process = _;");
        assertTrue(arity.problem().contains("faust is not installed"), arity.problem());
        assertEquals(0, probe.compileCount());
    }

    @Test
    void aCodeBoxWithItsArityIsNotProbed() throws IOException {
        CodeProbe probe = CodeProbe.direct();
        Program given = generate(codePatch("process = max;", "code @ins 2 @outs 1", null), probe);
        Program stored = generate(codePatch("process = max;", "code", "{\"inputs\": 2, \"outputs\": 1}"), probe);
        assertTrue(given.compilable() && stored.compilable(), given.diagnostics() + " " + stored.diagnostics());
        assertEquals(0, probe.compileCount());
        assertTrue(given.probes().isEmpty() && stored.probes().isEmpty());
    }

    @Test
    void aCodeBoxInAnEmbeddedSubpatchIsReportedByItsPath() throws IOException {
        String child = codePatch("process = max;");
        String top = """
                {"boxes": {"box-1": {"text": "in 1"}, "box-2": {"text": "in 2"},
                           "box-9": {"text": "p", "data": %s}, "box-4": {"text": "out 1"}},
                 "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-9", 0]},
                           "line-2": {"src": ["box-2", 0], "dest": ["box-9", 1]},
                           "line-3": {"src": ["box-9", 0], "dest": ["box-4", 0]}}}
                """.formatted(child);
        Program program = generate(top, CodeProbe.direct());
        assertTrue(program.compilable(), program.diagnostics().toString());
        assertEquals(Map.of("box-9/box-3", Arity.of(2, 1)), program.probes());
    }

    @Test
    void withoutAProbeTheArityIsUnknown() throws IOException {
        Program program = generate(codePatch("process = max;"), null);
        assertEquals("E022", onlyError(program).code().id());
        assertNull(new WorkspaceResources(root, root, null).codeArity("process = max;"));
    }

    // ---- issue 14: bounded probing ----

    /** A compiler that gives up after 1 s, so a probe that times out costs a known, short time. */
    private static CodeProbe quickProbe(CompileService pool) {
        return new CodeProbe(pool, () -> new FaustCompiler(new SandboxLimits(Duration.ofSeconds(1), 1L << 30, 16L << 20)), 8);
    }

    private static final String RUNAWAY = "process = @(1<<30);";

    @Test
    void aTimeoutIsKeptSoARepeatCostsNothing() {
        CodeProbe probe = quickProbe(null);
        Arity first = probe.arity(RUNAWAY);
        long start = System.nanoTime();
        Arity again = probe.arity(RUNAWAY);
        double millis = (System.nanoTime() - start) / 1e6;

        assertTrue(first.problem().contains("did not finish"), first.problem());
        assertEquals(first, again);
        assertEquals(1, probe.compileCount());
        System.out.printf("a probe that timed out, asked again: %.2f ms%n", millis);
    }

    @Test
    void aCrashIsKeptToo() {
        CodeProbe probe = new CodeProbe(null, () -> new FaustCompiler(new SandboxLimits(Duration.ofSeconds(1), 10_000_000L, 1L << 20)), 8);
        Arity first = probe.arity("process = _;");
        assertNotNull(first.problem());
        assertEquals(first, probe.arity("process = _;"));
        assertEquals(1, probe.compileCount());
    }

    @Test
    void twoRequestsProbingTheSameTextAtOnceRunFaustOnce() throws Exception {
        CodeProbe probe = quickProbe(service);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Arity>> answers = new ArrayList<>();
        ExecutorService requests = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 2; i++) {
            answers.add(requests.submit(() -> {
                go.await();
                return probe.arity(RUNAWAY, ProbeBudget.perRequest());
            }));
        }
        go.countDown();
        Arity a = answers.get(0).get(30, TimeUnit.SECONDS);
        Arity b = answers.get(1).get(30, TimeUnit.SECONDS);
        requests.shutdown();

        assertEquals(a, b);
        assertEquals(1, probe.compileCount());
    }

    /** {@code n} code boxes with distinct texts, the first into {@code out 1}; none gives @ins/@outs. */
    static String manyCodeBoxes(int n, String textOfBox) {
        ObjectNode patch = JSON.createObjectNode();
        ObjectNode boxes = patch.putObject("boxes");
        for (int i = 1; i <= n; i++) {
            boxes.putObject("box-" + i).put("text", "code").putObject("data").put("value", textOfBox.replace("#", "" + i));
        }
        boxes.putObject("box-out").put("text", "out 1");
        line(patch.putObject("lines"), "line-1", "box-1", "box-out", 0);
        return patch.toString();
    }

    @Test
    void probesPastTheCountOfARequestAreArityUnknownAndSaySo() throws IOException {
        CodeProbe probe = new CodeProbe(service);
        ProbeBudget budget = new ProbeBudget(3, Duration.ofSeconds(60));
        Program program = Programs.ofPatch(manyCodeBoxes(6, "process = #;"), null,
                new WorkspaceResources(root, root, probe.within(budget)), budget);

        assertEquals(3, probe.compileCount());
        assertTrue(budget.ranOut());
        List<Diagnostic> unknown = program.diagnostics().stream().filter(d -> d.code().id().equals("E022")).toList();
        assertEquals(3, unknown.size(), program.diagnostics().toString());
        assertTrue(unknown.get(0).message().contains("probe budget"), unknown.get(0).message());
        assertTrue(unknown.get(0).message().contains("@ins and @outs"), unknown.get(0).message());

        ProbeBudget next = new ProbeBudget(3, Duration.ofSeconds(60));
        Programs.ofPatch(manyCodeBoxes(6, "process = #;"), null, new WorkspaceResources(root, root, probe.within(next)), next);
        assertEquals(6, probe.compileCount(), "known answers are free: the next request probes the other three");
    }

    @Test
    void probesPastTheTimeOfARequestAreArityUnknown() throws IOException {
        CodeProbe probe = quickProbe(service);
        ProbeBudget budget = new ProbeBudget(100, Duration.ofMillis(1500));
        long start = System.nanoTime();
        Program program = Programs.ofPatch(manyCodeBoxes(8, "process = @(1<<30) + #;"), null,
                new WorkspaceResources(root, root, probe.within(budget)), budget);
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf("8 code boxes that time out, 1.5 s probe budget: %d probes, %.1f s%n", probe.compileCount(), seconds);
        assertTrue(probe.compileCount() <= 2, "probes run: " + probe.compileCount());
        assertTrue(program.diagnostics().stream().anyMatch(d -> d.message().contains("probe budget")));
    }
}
