package dev.faustwire.server.export;

import java.util.List;
import java.util.Optional;

/** Every export target, in the order of the Export menu. */
public final class ExportTargets {
    private static final List<ExportTarget> ALL = List.of(
            new DspTarget(),
            new CppTarget(),
            new WebTarget(),
            new Lv2Target(),
            new PdTarget(),
            new ScTarget(),
            new JackTarget());

    private ExportTargets() {
    }

    public static List<ExportTarget> all() {
        return ALL;
    }

    /** The target of this name, if there is one. */
    public static Optional<ExportTarget> named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
