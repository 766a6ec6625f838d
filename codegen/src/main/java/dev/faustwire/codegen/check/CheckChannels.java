package dev.faustwire.codegen.check;

import dev.faustwire.codegen.read.BoxSpec;
import dev.faustwire.codegen.read.Boxes;
import dev.faustwire.codegen.read.Context;
import dev.faustwire.core.diag.Code;
import java.util.TreeMap;

/** Counts the channels of a level's in and out boxes; E012 for a second out box of one channel. */
public final class CheckChannels {
    private CheckChannels() {
    }

    public static Channels run(Boxes boxes, Context context) {
        TreeMap<Integer, String> outputs = new TreeMap<>();
        int inputs = 0;
        for (String id : boxes.order()) {
            BoxSpec spec = boxes.specs().get(id);
            if (spec == null) {
                continue;
            }
            if (spec.role() == BoxSpec.Role.INPUT) {
                inputs = Math.max(inputs, spec.channel());
            } else if (spec.role() == BoxSpec.Role.OUTPUT) {
                String first = outputs.get(spec.channel());
                if (first == null) {
                    outputs.put(spec.channel(), id);
                } else {
                    context.error(Code.DUPLICATE_OUTPUT, id, "out " + spec.channel() + " is already "
                            + context.id(first) + "; each output channel has one out box");
                }
            }
        }
        return new Channels(outputs, inputs, outputs.isEmpty() ? 0 : outputs.lastKey());
    }
}
