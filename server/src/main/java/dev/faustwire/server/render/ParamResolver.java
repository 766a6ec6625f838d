package dev.faustwire.server.render;

import dev.faustwire.server.render.RenderException.Code;
import dev.faustwire.server.toolchain.DspControl;
import dev.faustwire.server.toolchain.DspDescription;
import java.util.List;
import java.util.stream.Collectors;

/** Finds the control a render parameter names: its exact address, or a unique suffix at a '/' boundary. */
final class ParamResolver {
    private ParamResolver() {}

    static DspControl resolve(DspDescription description, String name) {
        List<DspControl> settable = description.controls().stream().filter(DspControl::isInput).toList();
        for (DspControl c : settable) {
            if (c.address().equals(name)) {
                return c;
            }
        }
        String suffix = name.startsWith("/") ? name : "/" + name;
        List<DspControl> matches = name.isEmpty() || name.equals("/")
                ? List.of()
                : settable.stream().filter(c -> c.address().endsWith(suffix)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new RenderException(Code.UNKNOWN_PARAM, "no control '" + name + "'; known: " + addresses(settable));
        }
        throw new RenderException(Code.AMBIGUOUS_PARAM,
                "'" + name + "' matches several controls: " + addresses(matches) + "; give more of the address");
    }

    private static String addresses(List<DspControl> controls) {
        return controls.isEmpty()
                ? "(the DSP has no controls)"
                : controls.stream().map(DspControl::address).collect(Collectors.joining(", "));
    }
}
