package dev.faustwire.server.export;

import dev.faustwire.server.compile.PolyPrograms;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.DspControl;
import dev.faustwire.server.toolchain.DspDescription;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One HTML file that plays the program in a browser with no network: its wasm module (compiled as
 * the editor's audition compiles it, in the sandbox), controls made from its JSON, and the faustwasm
 * runtime that the webapp's jar carries, all inlined; Start makes the sound.
 */
final class WebTarget implements ExportTarget {
    /** faustwasm's ES module, as the webapp serves it to the editor. */
    static final String RUNTIME = "/web/vendor/faustwasm/index.js";
    static final String HTML = "text/html; charset=utf-8";

    private FaustCompiler compiler;

    @Override
    public String name() {
        return "web";
    }

    @Override
    public String title() {
        return "Web page (.html)";
    }

    @Override
    public List<String> debianPackages() {
        return ExportPackages.of(name()).build();
    }

    @Override
    public boolean built() {
        return false;
    }

    @Override
    public ExportArtifact export(ExportRequest request, ExportProgress progress) throws ExportException {
        progress.step("faust -lang wasm");
        CompileOutcome outcome = compiler().compile(request.source(), request.programName());
        if (outcome instanceof CompileOutcome.Failed failed) {
            throw new ExportException(ExportException.Kind.DOES_NOT_COMPILE,
                    "the program does not compile to wasm (" + failed.ending() + ")", failed.message());
        }
        CompileOutcome.Compiled compiled = (CompileOutcome.Compiled) outcome;
        progress.step("page");
        byte[] runtime = runtime();
        // the page is titled with the patch's name as declared (it may hold spaces), else the program's
        String title = compiled.description().json().path("name").asText("");
        String page = WebPage.of(title.isBlank() ? request.programName() : title, note(request.source(), compiled.description()),
                compiled.description().publicJson().toString(), compiled.wasm(), runtime);
        return new ExportArtifact(request.programName() + ".html", HTML, page.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * What the page says of an instrument the editor plays with voices (an {@code effect}, or controls
     * freq, gain and gate): the page plays the program once, as a mono DSP.
     */
    static String note(String source, DspDescription description) {
        boolean effect = PolyPrograms.hasEffect(source);
        List<String> labels = description.controls().stream().map(DspControl::label).toList();
        if (!effect && !labels.containsAll(List.of("freq", "gain", "gate"))) {
            return "";
        }
        boolean keyboard = labels.containsAll(List.of("freq", "gain", "gate"));
        return "In the editor this patch is a polyphonic instrument. This page plays it as one voice"
                + (keyboard ? ", one note at a time from its keyboard (or the keys a to k)" : "")
                + (effect ? ", without its effect" : "") + "; it has no MIDI.";
    }

    /** The runtime's bytes from the classpath, or why there are none. */
    static byte[] runtime() throws ExportException {
        try (InputStream in = WebTarget.class.getResourceAsStream(RUNTIME)) {
            if (in == null) {
                throw new ExportException(ExportException.Kind.BUILD_FAILED, "the web page needs faustwasm's runtime ("
                        + RUNTIME + ", carried by the webapp's jar), which is not on this server's classpath;"
                        + " build the webapp (mvn install) and start the server with its jar", "");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RUNTIME, e);
        }
    }

    /** Made at the first export: a server that never exports a page never starts the compiler for it. */
    private synchronized FaustCompiler compiler() {
        if (compiler == null) {
            compiler = new FaustCompiler(SandboxLimits.DEFAULT);
        }
        return compiler;
    }
}
