package dev.faustwire.server.compile;

import dev.faustwire.codegen.BoxPorts;
import dev.faustwire.codegen.Resources;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.text.BoxText;
import dev.faustwire.core.text.BoxTextException;
import dev.faustwire.core.text.BoxTextParser;
import dev.faustwire.stdlib.StdlibIndex;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resources that remember the code arities codegen asked for during one generation, and then name
 * the boxes of the patch document that needed them: every {@code code} box, at the top or in an
 * embedded sub-patch ({@code box-9/box-7}), whose arity is neither in its text nor in its data and
 * whose Faust text was probed. The editor stores those in the boxes' {@code data}. Code boxes that
 * only exist in sub-patcher files are not named: the document cannot hold their arity.
 */
final class ProbeRecord implements Resources {
    private final Resources resources;
    private final Map<String, Arity> answers = new HashMap<>();

    ProbeRecord(Resources resources) {
        this.resources = resources;
    }

    @Override
    public PatchFile findPatch(String reference, String from) {
        return resources.findPatch(reference, from);
    }

    @Override
    public Arity codeArity(String faust) {
        Arity arity = resources.codeArity(faust);
        if (arity != null && arity.problem() == null) {
            answers.put(faust, arity);
        }
        return arity;
    }

    /** Box id (path) to the arity probed for it, in id order. */
    Map<String, Arity> byBox(Patch patch, StdlibIndex stdlib) {
        Map<String, Arity> probes = new TreeMap<>();
        if (!answers.isEmpty()) {
            collect(patch, "", stdlib, probes);
        }
        return probes;
    }

    private void collect(Patch patch, String prefix, StdlibIndex stdlib, Map<String, Arity> probes) {
        for (Box box : patch.boxes().values()) {
            String name = name(box);
            if (name.equals("code")) {
                Arity arity = answers.get(faust(box));
                if (arity != null && needsProbe(box, stdlib)) {
                    probes.put(prefix + box.id(), arity);
                }
            } else if (dev.faustwire.core.subpatch.SubpatchBoxes.isSubpatcherName(name) && box.subpatch() != null) {
                collect(box.subpatch(), prefix + box.id() + "/", stdlib, probes);
            }
        }
    }

    /** True when codegen's own reading of the box asks for its arity (no {@code @ins}/{@code @outs}, no stored counts). */
    private static boolean needsProbe(Box box, StdlibIndex stdlib) {
        boolean[] asked = {false};
        BoxPorts.of(box, stdlib, new Resources() {
            @Override
            public PatchFile findPatch(String reference, String from) {
                return null;
            }

            @Override
            public Arity codeArity(String faust) {
                asked[0] = true;
                return null;
            }
        });
        return asked[0];
    }

    private static String name(Box box) {
        try {
            BoxText text = BoxTextParser.parse(box.text() == null ? "" : box.text());
            return text.name();
        } catch (BoxTextException e) {
            return "";
        }
    }

    private static String faust(Box box) {
        return box.data() instanceof JsonObject data && data.fields().get("value") instanceof JsonString value
                ? value.value() : null;
    }
}
