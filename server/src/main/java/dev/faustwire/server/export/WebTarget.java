package dev.faustwire.server.export;

import dev.faustwire.server.compile.PolyPrograms;
import dev.faustwire.server.compile.Program;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.DspControl;
import dev.faustwire.server.toolchain.DspDescription;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One HTML file that plays the program in a browser with no network: its wasm module (compiled as
 * the editor's audition compiles it, in the sandbox), controls made from its JSON, and the faustwasm
 * runtime that the webapp's jar carries, all inlined; Start makes the sound. An instrument (as the
 * editor decides: an {@code effect}, or controls freq, gain and gate) gets its voice, effect and
 * faustwasm's mixer instead, played with voices from a keyboard.
 */
final class WebTarget extends NamedTarget {
    /** faustwasm's ES module, as the webapp serves it to the editor. */
    static final String RUNTIME = "/web/vendor/faustwasm/index.js";
    /** faustwasm's voice mixer, cut from its libfaust-wasm.data by the webapp's build. */
    static final String MIXER = "/web/vendor/faustwasm/mixer32.wasm";
    static final String HTML = "text/html; charset=utf-8";

    private FaustCompiler compiler;

    WebTarget() {
        super("web", "Web page (.html)", false);
    }

    @Override
    public ExportArtifact export(ExportRequest request, ExportProgress progress) throws ExportException {
        String name = request.programName();
        progress.step("faust -lang wasm");
        CompileOutcome.Compiled mono = compiled(compiler().compile(request.source(), name));
        boolean effect = PolyPrograms.hasEffect(request.source());
        List<WebPage.Part> parts = new ArrayList<>();
        if (effect || gatedVoice(mono.description())) {
            progress.step("faust -lang wasm-e (voice" + (effect ? ", effect)" : ")"));
            Program program = Program.ofDsp(name, request.source());
            parts.add(part("voice", compiled(compiler().compile(PolyPrograms.voice(program).code(), name, FaustCompiler.POLY_VOICE))));
            if (effect) {
                parts.add(part("effect", compiled(compiler().compile(PolyPrograms.effect(program).code(), name, FaustCompiler.POLY_EFFECT))));
            }
            parts.add(new WebPage.Part("mixer", null, resource(MIXER)));
        } else {
            parts.add(part("dsp", mono));
        }
        progress.step("page");
        // the page is titled with the patch's name as declared (it may hold spaces), else the program's
        String title = mono.description().json().path("name").asText("");
        String page = WebPage.of(title.isBlank() ? name : title, parts, resource(RUNTIME));
        return new ExportArtifact(name + ".html", HTML, page.getBytes(StandardCharsets.UTF_8));
    }

    /** Faust's convention for a voice: controls labelled freq, gain and gate. */
    static boolean gatedVoice(DspDescription description) {
        List<String> labels = description.controls().stream().map(DspControl::label).toList();
        return labels.containsAll(List.of("freq", "gain", "gate"));
    }

    private static WebPage.Part part(String id, CompileOutcome.Compiled compiled) {
        return new WebPage.Part(id, compiled.description().publicJson().toString(), compiled.wasm());
    }

    private static CompileOutcome.Compiled compiled(CompileOutcome outcome) throws ExportException {
        if (outcome instanceof CompileOutcome.Failed failed) {
            throw new ExportException(ExportException.Kind.DOES_NOT_COMPILE,
                    "the program does not compile to wasm (" + failed.ending() + ")", failed.message());
        }
        return (CompileOutcome.Compiled) outcome;
    }

    /** A file of faustwasm's from the classpath, or why there is none. */
    static byte[] resource(String path) throws ExportException {
        try (InputStream in = WebTarget.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new ExportException(ExportException.Kind.BUILD_FAILED, "the web page needs faustwasm's " + path
                        + " (carried by the webapp's jar), which is not on this server's classpath;"
                        + " build the webapp (mvn install) and start the server with its jar", "");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
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
