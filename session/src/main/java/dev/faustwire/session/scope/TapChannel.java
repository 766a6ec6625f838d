package dev.faustwire.session.scope;

import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;

/**
 * The channel of a compiled DSP that carries the probed wire, from a {@code /api/compile} answer's
 * {@code "tap"}: counted from 0, after the patch's own outputs; -1 when there is none (no probe,
 * or codegen could not place it: a wire inside a sub-patcher, a patch with an effect).
 */
public final class TapChannel {
    private TapChannel() {
    }

    public static int of(String answer) {
        if (answer == null) {
            return -1;
        }
        JsonValue parsed;
        try {
            parsed = JsonParser.parse(answer).value();
        } catch (RuntimeException e) {
            return -1;
        }
        if (parsed instanceof JsonObject o && o.get("tap") instanceof JsonNumber channel) {
            double value = channel.doubleValue();
            return value >= 0 && value == Math.floor(value) && value < 1024 ? (int) value : -1;
        }
        return -1;
    }
}
