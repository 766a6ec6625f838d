package dev.faustwire.server.export;

import java.util.List;

/** What every target of ours shares: its name, its menu title, whether it is built, and its packages from targets.tsv. */
abstract class NamedTarget implements ExportTarget {
    private final String name;
    private final String title;
    private final boolean built;

    NamedTarget(String name, String title, boolean built) {
        this.name = name;
        this.title = title;
        this.built = built;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final List<String> debianPackages() {
        return ExportPackages.of(name).build();
    }

    @Override
    public final boolean built() {
        return built;
    }
}
