package dev.faustwire.codegen.read;

import dev.faustwire.core.model.Patch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pass 2, read boxes: each box text to its meaning ({@link BoxSpec}), in box-number order, or a
 * diagnostic. A sub-patcher box's child level is analysed when the box is read, so that its
 * problems come in box order and its unlabelled controls are numbered after the ones before it.
 */
public final class ReadBoxes {
    private ReadBoxes() {
    }

    public static Boxes run(Patch patch, Context context) {
        int capacity = 2 * patch.boxes().size() + 1;
        Map<String, BoxSpec> specs = new LinkedHashMap<>(capacity);
        Map<String, String> heads = new LinkedHashMap<>(capacity);
        Names names = new Names(patch.boxes().keySet());
        List<String> order = names.ordered();
        BoxReader reader = new BoxReader(context, patch);
        for (String id : order) {
            BoxSpec spec = reader.read(patch.box(id));
            if (spec != null) {
                specs.put(id, spec);
                heads.put(id, spec.kind() + "_" + names.number(id));
            }
        }
        return new Boxes(names, order, specs, heads);
    }
}
