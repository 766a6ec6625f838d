package dev.faustwire.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.compile.Program;
import dev.faustwire.server.compile.Programs;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The export service with the real compiler, the real sandbox and real g++: text at once, builds queued, failures told. */
class ExportServiceTest {
    static final String OSC = "import(\"stdfaust.lib\");\nprocess = os.osc(hslider(\"freq\", 440, 20, 2000, 1)) * 0.1;\n";
    /** A patch whose divisor inlet is unconnected: Faust refuses 1 / 0 and bisection pins it to box-3. */
    static final String DIVIDES_BY_ZERO = """
            {"boxes": {"box-1": {"text": "in 1"}, "box-2": {"text": "os.osc 440"}, "box-3": {"text": "/ 1 _"},
                       "box-4": {"text": "+"}, "box-5": {"text": "out 1"}},
             "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-4", 0]},
                       "line-2": {"src": ["box-3", 0], "dest": ["box-4", 1]},
                       "line-3": {"src": ["box-2", 0], "dest": ["box-5", 0]},
                       "line-4": {"src": ["box-4", 0], "dest": ["box-5", 0]}}}
            """;

    static CompileService compiles;
    static FailingBuildTarget failing = new FailingBuildTarget();
    static ExportService service;

    @BeforeAll
    static void start() {
        compiles = new CompileService(new FaustCompiler(SandboxLimits.DEFAULT), 1, 8, 16L << 20);
        service = new ExportService(compiles, List.of(new DspTarget(), new CppTarget(), failing, new NeedsMissingPackage()),
                new ExportPackageInstaller());
    }

    @AfterAll
    static void stop() {
        service.close();
        compiles.close();
    }

    @Test
    void theDspIsReadyAtOnceAndDeclaresThePatchName() throws Exception {
        ExportJob job = service.start("dsp", Programs.ofDsp(OSC, "my_synth"), "my synth");
        assertEquals(ExportState.DONE, job.state(), job.steps().toString());
        assertEquals("my_synth.dsp", job.artifact().fileName());
        String text = new String(job.artifact().bytes(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("declare name \"my synth\";\n" + OSC), text);
        assertEquals(job.toJson().get("file"), "/api/export/jobs/" + job.id() + "/file");
    }

    @Test
    void theCppIsSelfContainedAndCarriesTheNamesOfTheEditor() throws Exception {
        Set<String> before = jobFolders();
        ExportJob job = service.start("cpp", Programs.ofDsp(OSC, "synth"), "Warm \"Pad\"");
        assertEquals(ExportState.DONE, job.state(), job.steps().toString() + job.error() + job.toolMessage());
        String cpp = new String(job.artifact().bytes(), StandardCharsets.UTF_8);
        assertEquals("Warm__Pad_.cpp", job.artifact().fileName());
        assertTrue(cpp.contains("m->declare(\"name\", \"Warm Pad\");"), "the patch's name, quotes left out");
        assertTrue(cpp.contains("addHorizontalSlider(\"freq\""), "the control's label");
        assertFalse(cpp.contains("#include \"faust/"), "the architecture's includes are inlined (-i)");
        assertEquals(before, jobFolders(), "no job folder left");
    }

    @Test
    void aPatchThatDoesNotCompileFailsWithItsDiagnosticsPinnedAndBuildsNothing() throws Exception {
        failing.lastThread = null;
        ExportJob job = service.start("failing", Programs.ofPatch(DIVIDES_BY_ZERO, "divide"), "divide");
        assertEquals(ExportState.FAILED, job.state());
        Diagnostic d = job.diagnostics().get(0);
        assertEquals("E016", d.code().id());
        assertEquals("box-3", d.boxId());
        assertTrue(job.error().startsWith("the patch does not compile"), job.error());
        assertEquals("E016", job.toJson().get("code"));
        assertNull(failing.lastThread, "no build ran");
    }

    @Test
    void aBuildThatFailsIsQueuedOnTheBuildThreadAndReportsTheCompilersMessageWithoutServerPaths() throws Exception {
        Set<String> before = jobFolders();
        long start = System.nanoTime();
        ExportJob job = service.start("failing", Programs.ofDsp(OSC, "synth"), "synth");
        assertTrue(job.steps().contains("queued for the build thread"), job.steps().toString());
        assertTrue(job.await());
        System.out.println("failing build: " + (System.nanoTime() - start) / 1_000_000 + " ms, steps " + job.steps());
        assertEquals(ExportState.FAILED, job.state());
        assertEquals("faustwire-export", failing.lastThread, "builds run on the service's one thread, not the compile pool");
        assertEquals("E050", job.errorCode().id());
        assertTrue(job.toolMessage().contains(FailingBuildTarget.HEADER + ": No such file or directory"), job.toolMessage());
        String told = job.diagnostics().get(0).message();
        assertTrue(told.startsWith("g++ failed (exit status 1)\n"), told);
        assertTrue(told.contains("fatal error"), told);
        for (String serverPath : List.of("/job/", "faustwire-jobs", System.getProperty("java.io.tmpdir") + "/")) {
            assertFalse(told.contains(serverPath), serverPath + " in " + told);
        }
        assertEquals(before, jobFolders(), "the failed build left no job folder");
        assertEquals(job, service.job(job.id()).orElseThrow());
    }

    @Test
    void packagesThatCannotBeInstalledAreE052WithTheirNames() throws Exception {
        ExportJob job = service.start("needs-missing", Programs.ofDsp(OSC, "synth"), "synth");
        assertTrue(job.await());
        assertEquals(ExportState.FAILED, job.state());
        assertEquals("E052", job.errorCode().id());
        assertTrue(job.error().contains(NeedsMissingPackage.PACKAGE), job.error());
        assertTrue(job.steps().contains("installing " + NeedsMissingPackage.PACKAGE), job.steps().toString());
    }

    @Test
    void anUnknownTargetIsE053ListingTheTargets() {
        ExportException e = assertThrows(ExportException.class,
                () -> service.start("vst", Programs.ofDsp(OSC, "synth"), "synth"));
        assertEquals(ExportException.Kind.UNKNOWN_TARGET, e.kind());
        assertEquals("E053", ExportService.code(e.kind()).id());
        assertTrue(e.getMessage().contains("dsp, cpp"), e.getMessage());
    }

    @Test
    void everyKindOfFailureHasItsCode() {
        assertEquals("E050", ExportService.code(ExportException.Kind.BUILD_FAILED).id());
        assertEquals("E051", ExportService.code(ExportException.Kind.TIMED_OUT).id());
        assertEquals("E052", ExportService.code(ExportException.Kind.MISSING_PACKAGES).id());
    }

    /** This process's compile and build job folders. */
    static Set<String> jobFolders() throws IOException {
        Path mine = Path.of(System.getProperty("java.io.tmpdir"), "faustwire-jobs", Long.toString(ProcessHandle.current().pid()));
        if (!Files.isDirectory(mine)) {
            return Set.of();
        }
        try (Stream<Path> jobs = Files.list(mine)) {
            return jobs.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    /** A target whose package no Debian has: the installer cannot help, and says so. */
    static final class NeedsMissingPackage implements ExportTarget {
        static final String PACKAGE = "faustwire-no-such-package";

        @Override
        public String name() {
            return "needs-missing";
        }

        @Override
        public String title() {
            return "Target needing a missing package (test)";
        }

        @Override
        public List<String> debianPackages() {
            return List.of(PACKAGE);
        }

        @Override
        public boolean built() {
            return true;
        }

        @Override
        public ExportArtifact export(ExportRequest request, ExportProgress progress) {
            throw new AssertionError("built without its package");
        }
    }
}
