package dev.faustwire.stdlib.jvm;

import dev.faustwire.stdlib.IndexFormat;
import dev.faustwire.stdlib.StdlibIndex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The index committed with the project, read once from the classpath (JVM only; the browser fetches it). */
public final class BundledIndex {
    /** Where the index is on the classpath. */
    public static final String RESOURCE = "/dev/faustwire/stdlib/stdlib-index.json";

    private static volatile StdlibIndex index;

    private BundledIndex() {
    }

    /** The parsed index, shared. */
    public static StdlibIndex get() {
        StdlibIndex loaded = index;
        if (loaded == null) {
            synchronized (BundledIndex.class) {
                if (index == null) {
                    index = IndexFormat.read(text());
                }
                loaded = index;
            }
        }
        return loaded;
    }

    /** The index as the JSON text committed in the repository. */
    public static String text() {
        try (InputStream in = BundledIndex.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the stdlib index " + RESOURCE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
