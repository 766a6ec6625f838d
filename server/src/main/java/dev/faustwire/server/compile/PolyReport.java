package dev.faustwire.server.compile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.FaustCompiler;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a compile for polyphony ({@code "poly": true}): the voice and, when the program
 * defines one, the effect ({@link PolyPrograms}), each compiled by the one {@link CompileService}
 * with faustwasm's options. A program that does not compile is answered as a mono compile answers it
 * (the mono compile pins the errors to boxes); a program that compiles alone but not as a voice
 * (more than two channels) is a failure on the whole program.
 */
public record PolyReport(CompileReport mono, CompileOutcome voice, CompileOutcome effect, List<Diagnostic> diagnostics) {

    public PolyReport {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Compiles the voice and the effect, or explains why not. */
    public static PolyReport of(Program program, CompileService service) {
        if (!program.compilable()) {
            return failed(CompileReport.of(program, service));
        }
        Program voiceProgram = PolyPrograms.voice(program);
        CompileOutcome voice = service.compile(voiceProgram, FaustCompiler.POLY_VOICE);
        CompileOutcome effect = null;
        Program failedProgram = voiceProgram;
        CompileOutcome failure = voice;
        if (voice instanceof CompileOutcome.Compiled && PolyPrograms.hasEffect(program.code())) {
            failedProgram = PolyPrograms.effect(program);
            effect = service.compile(failedProgram, FaustCompiler.POLY_EFFECT);
            failure = effect;
        }
        if (failure instanceof CompileOutcome.Failed failed) {
            CompileReport mono = CompileReport.of(program, service);
            if (!mono.ok()) {
                return failed(mono);
            }
            List<Diagnostic> diagnostics = new ArrayList<>(program.diagnostics());
            diagnostics.addAll(CompileDiagnostics.of(failed, failedProgram, service.compiler().limits()));
            return new PolyReport(mono, voice, effect, diagnostics);
        }
        return new PolyReport(null, voice, effect, program.diagnostics());
    }

    private static PolyReport failed(CompileReport mono) {
        return new PolyReport(mono, null, null, mono.diagnostics());
    }

    public boolean ok() {
        return voice instanceof CompileOutcome.Compiled
                && (effect == null || effect instanceof CompileOutcome.Compiled);
    }

    /**
     * {@code ok}, {@code poly}, the Faust text, {@code voice} and {@code effect} (each {@code wasm},
     * {@code json}, {@code inputs}, {@code outputs}; the effect null when there is none), the channels
     * of the whole instrument, the diagnostics and the probes.
     */
    public Map<String, Object> toJson(Program program) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ok", ok());
        json.put("poly", true);
        json.put("dsp", program.code());
        Map<String, Object> voiceJson = ok() ? module(voice) : null;
        Map<String, Object> effectJson = ok() && effect != null ? module(effect) : null;
        json.put("voice", voiceJson);
        json.put("effect", effectJson);
        json.put("inputs", voiceJson == null ? null : voiceJson.get("inputs"));
        json.put("outputs", voiceJson == null ? null : (effectJson == null ? voiceJson : effectJson).get("outputs"));
        json.put("diagnostics", CompileReport.diagnosticsJson(diagnostics));
        json.put("probes", CompileReport.probesJson(program.probes()));
        return json;
    }

    private static Map<String, Object> module(CompileOutcome outcome) {
        CompileOutcome.Compiled compiled = (CompileOutcome.Compiled) outcome;
        Map<String, Object> json = new LinkedHashMap<>();
        ObjectNode description = compiled.description().publicJson();
        json.put("wasm", Base64.getEncoder().encodeToString(compiled.wasm()));
        json.put("json", description);
        json.put("inputs", compiled.description().inputs());
        json.put("outputs", compiled.description().outputs());
        return json;
    }
}
