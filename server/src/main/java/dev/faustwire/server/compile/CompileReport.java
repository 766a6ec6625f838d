package dev.faustwire.server.compile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faustwire.codegen.Resources.Arity;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.CompileTimings;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a compile, as JSON-ready maps: {@code ok}, the Faust text, channel counts, the
 * controls ({@code ui}), the DSP description without server paths, the wasm in base64, every
 * diagnostic with its box, and the arities probed for code boxes ({@code probes}).
 */
public record CompileReport(Program program, CompileOutcome outcome, List<Diagnostic> diagnostics) {

    public CompileReport {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Compiles the program when nothing stopped it before, and pins compiler errors to boxes. */
    public static CompileReport of(Program program, CompileService service) {
        return of(program, service, CompileTimings.NONE);
    }

    /** {@link #of(Program, CompileService)}, the compile's phases added to {@code timings}. */
    public static CompileReport of(Program program, CompileService service, CompileTimings timings) {
        if (!program.compilable()) {
            return new CompileReport(program, null, program.diagnostics());
        }
        CompileOutcome outcome = service.compile(program, timings);
        List<Diagnostic> diagnostics = new ArrayList<>(program.diagnostics());
        if (outcome instanceof CompileOutcome.Failed failed) {
            diagnostics.addAll(CompileDiagnostics.of(failed, program, service.compiler().limits(),
                    () -> service.culprit(program, failed)));
        }
        return new CompileReport(program, outcome, diagnostics);
    }

    public boolean ok() {
        return outcome instanceof CompileOutcome.Compiled;
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ok", ok());
        json.put("dsp", program.code());
        if (outcome instanceof CompileOutcome.Compiled compiled) {
            json.put("inputs", compiled.description().inputs());
            json.put("outputs", compiled.description().outputs());
            ObjectNode description = compiled.description().publicJson();
            json.put("ui", description.path("ui"));
            json.put("json", description);
            json.put("wasm", Base64.getEncoder().encodeToString(compiled.wasm()));
        } else {
            json.put("inputs", program.inputs() < 0 ? null : program.inputs());
            json.put("outputs", program.outputs() < 0 ? null : program.outputs());
            json.put("ui", null);
            json.put("json", null);
            json.put("wasm", null);
        }
        json.put("diagnostics", diagnosticsJson(diagnostics));
        json.put("probes", probesJson(program.probes()));
        return json;
    }

    /** {@code {"box-7": {"inputs": 2, "outputs": 1}}}: what the editor stores in those code boxes' data. */
    static Map<String, Object> probesJson(Map<String, Arity> probes) {
        Map<String, Object> json = new LinkedHashMap<>();
        probes.forEach((box, arity) -> {
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("inputs", arity.inputs());
            counts.put("outputs", arity.outputs());
            json.put(box, counts);
        });
        return json;
    }

    /** The diagnostics as JSON-ready maps, as every answer of the API lists them. */
    public static List<Map<String, Object>> diagnosticsJson(List<Diagnostic> diagnostics) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("severity", d.severity().label());
            item.put("code", d.code().id());
            item.put("boxId", d.boxId());
            if (d.lineId() != null) {
                item.put("lineId", d.lineId());
            }
            if (d.port() >= 0) {
                item.put("port", d.port());
            }
            item.put("message", d.message());
            list.add(item);
        }
        return list;
    }
}
