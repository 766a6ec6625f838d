package dev.faustwire.session;

import dev.faustwire.codegen.Resources;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the page knows beyond the patch: the inputs and outputs the server probed for the Faust
 * text of code boxes, by text. Code generation asks here when a code box has neither
 * {@code @ins}/{@code @outs} nor stored counts; sub-patcher files are not loaded in the page.
 */
public final class CodeArities implements Resources {
    private final Map<String, Arity> byText = new LinkedHashMap<>();

    public void learn(String faust, int inputs, int outputs) {
        byText.put(faust, Arity.of(inputs, outputs));
    }

    /** The text does not compile on its own: code generation reports this on the box (E016). */
    public void learnProblem(String faust, String problem) {
        byText.put(faust, Arity.failed(problem));
    }

    @Override
    public PatchFile findPatch(String reference, String from) {
        return null;
    }

    @Override
    public Arity codeArity(String faust) {
        return byText.get(faust);
    }
}
