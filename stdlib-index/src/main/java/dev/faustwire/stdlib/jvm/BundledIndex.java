package dev.faustwire.stdlib.jvm;

import dev.faustwire.stdlib.IndexFormat;
import dev.faustwire.stdlib.StdlibIndex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The index committed with the project, read once from the classpath (JVM only; the browser fetches
 * {@link #text()}): the Faust libraries' index and our gen.lib's, kept in two files (gen.lib changes
 * often and its index is rebuilt on its own), read together.
 */
public final class BundledIndex {
    /** Where the Faust libraries' index is on the classpath. */
    public static final String RESOURCE = "/dev/faustwire/stdlib/stdlib-index.json";
    /** Where gen.lib's index is on the classpath. */
    public static final String GEN_RESOURCE = "/dev/faustwire/stdlib/gen-index.json";

    private BundledIndex() {
    }

    /** Read on first use; the class loader makes that happen once. */
    private static final class Text {
        static final String FAUST = read(RESOURCE);
        static final String GEN = read(GEN_RESOURCE);
    }

    /** Parsed on first use, from the texts read once. */
    private static final class Parsed {
        static final StdlibIndex INDEX = IndexFormat.read(Text.FAUST).with(IndexFormat.read(Text.GEN));
        static final String JSON = IndexFormat.write(INDEX);
    }

    /** The parsed index of both, shared. */
    public static StdlibIndex get() {
        return Parsed.INDEX;
    }

    /** Both indexes as one JSON document, as the editor fetches it. */
    public static String text() {
        return Parsed.JSON;
    }

    /** The Faust libraries' index as the JSON text committed in the repository. */
    public static String faustText() {
        return Text.FAUST;
    }

    /** gen.lib's index as the JSON text committed in the repository. */
    public static String genText() {
        return Text.GEN;
    }

    private static String read(String resource) {
        try (InputStream in = BundledIndex.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the stdlib index " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
