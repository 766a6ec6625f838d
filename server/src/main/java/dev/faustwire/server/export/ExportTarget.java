package dev.faustwire.server.export;

import java.util.List;

/**
 * One way a patch leaves Faustwire: the {@code .dsp}, C++ source, a web page, or a plugin or
 * application built for a host. A target turns the generated Faust program into one artifact.
 */
public interface ExportTarget {
    /** The short name used by {@code --target} and the API: {@code dsp}, {@code cpp}, {@code web}, {@code lv2}, {@code pd}, {@code sc}, {@code jack}. */
    String name();

    /** What a person reads in the Export menu, such as "LV2 plugin". */
    String title();

    /** The Debian packages its build needs (none for the text targets); the launcher installs them at the first export of this kind. */
    List<String> debianPackages();

    /** True when the target runs a native build (queued, sandboxed, seconds), false for text that is ready at once. */
    boolean built();

    /**
     * Builds the artifact of a program that compiles; reports steps to {@code progress}. Throws
     * {@link ExportException} when the build fails, with the tool's own message.
     */
    ExportArtifact export(ExportRequest request, ExportProgress progress) throws ExportException;
}
