package dev.faustwire.session;

import dev.faustwire.codegen.CodegenResult;
import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.edit.Command;
import dev.faustwire.core.edit.Levels;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.json.JsonWriter;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The code-box probe protocol. When a code box's inputs and outputs are unknown (E022), the
 * session posts the patch to the server's {@code /api/compile} once for that state of the patch;
 * the server probes the code with the real compiler and answers {@code probes}. The answer is
 * learnt by the code's text (so undo does not ask again) and stored in each box still there.
 */
public final class CodeProbes {
    private final CodeArities arities;
    /** The patch a probe was asked for last, so that the same state is never asked twice. */
    private Patch asked;

    public CodeProbes(CodeArities arities) {
        this.arities = arities;
    }

    /**
     * The body of the compile request to send for this patch and its generation, or null when no
     * code box needs probing or this state was asked already. {@code path} is the patch's path in
     * the workspace, from which sub-patcher files are looked up, or null.
     */
    public String request(Patch patch, CodegenResult result, String path) {
        if (!hasUnknownArity(result.diagnostics()) || patch.equals(asked)) {
            return null;
        }
        asked = patch;
        return "{\"patch\": " + PatchWriter.write(patch)
                + (path == null ? "" : ", \"path\": " + JsonWriter.write(new JsonString(path))) + "}";
    }

    private static boolean hasUnknownArity(List<Diagnostic> found) {
        for (Diagnostic d : found) {
            if (d.code() == Code.CODE_ARITY_UNKNOWN) {
                return true;
            }
        }
        return false;
    }

    /**
     * Learns the arities of the server's answer to a request for {@code askedPatch}, and the
     * compile error (E016) of a code box it could not probe, so the box shows why instead of E022.
     * Returns the commands that store each arity in its box, by path.
     */
    public List<Command> answer(Patch askedPatch, String answer) {
        List<Command> stores = new ArrayList<>();
        JsonValue parsed;
        try {
            parsed = JsonParser.parse(answer).value();
        } catch (RuntimeException e) {
            return stores; // not the server's JSON (a proxy's error page): the box keeps its E022
        }
        if (!(parsed instanceof JsonObject json) || !(json.get("probes") instanceof JsonObject probes)) {
            return stores;
        }
        if (json.get("diagnostics") instanceof JsonArray found) {
            for (JsonValue item : found.items()) {
                if (item instanceof JsonObject d && d.get("boxId") instanceof JsonString boxId
                        && new JsonString(Code.COMPILE_ERROR.id()).equals(d.get("code"))
                        && probes.get(boxId.value()) == null && d.get("message") instanceof JsonString message) {
                    String faust = codeOf(Levels.boxAt(askedPatch, boxId.value()));
                    if (faust != null) {
                        arities.learnProblem(faust, message.value());
                    }
                }
            }
        }
        for (Map.Entry<String, JsonValue> probe : probes.fields().entrySet()) {
            String faust = codeOf(Levels.boxAt(askedPatch, probe.getKey()));
            if (faust == null || !(probe.getValue() instanceof JsonObject counts)
                    || !(counts.get("inputs") instanceof JsonNumber inputs)
                    || !(counts.get("outputs") instanceof JsonNumber outputs) || !inputs.isInt() || !outputs.isInt()) {
                continue;
            }
            int in = (int) inputs.doubleValue();
            int out = (int) outputs.doubleValue();
            arities.learn(faust, in, out);
            stores.add(new Command.StoreArity(probe.getKey(), in, out));
        }
        return stores;
    }

    /** The Faust text of a code box, or null for any other box. */
    static String codeOf(Box box) {
        return box != null && box.data() instanceof JsonObject data && data.get("value") instanceof JsonString faust
                ? faust.value() : null;
    }
}
