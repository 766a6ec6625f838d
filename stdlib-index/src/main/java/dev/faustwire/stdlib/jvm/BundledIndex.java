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

    private BundledIndex() {
    }

    /** Read on first use; the class loader makes that happen once. */
    private static final class Text {
        static final String JSON = read();
    }

    /** Parsed on first use, from the text read once. */
    private static final class Parsed {
        static final StdlibIndex INDEX = IndexFormat.read(Text.JSON);
    }

    /** The parsed index, shared. */
    public static StdlibIndex get() {
        return Parsed.INDEX;
    }

    /** The index as the JSON text committed in the repository. */
    public static String text() {
        return Text.JSON;
    }

    private static String read() {
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
