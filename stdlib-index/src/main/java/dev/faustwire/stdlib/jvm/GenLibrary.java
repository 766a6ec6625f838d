package dev.faustwire.stdlib.jvm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Our Faust library of Gen's operators, {@code gen.lib}, as shipped on the classpath (JVM only). */
public final class GenLibrary {
    /** The file name programs import it by: {@code gen = library("gen.lib");}. */
    public static final String FILE = "gen.lib";
    /** Where it is on the classpath. */
    public static final String RESOURCE = "/dev/faustwire/stdlib/gen.lib";

    private GenLibrary() {
    }

    /** Read on first use. */
    private static final class Text {
        static final String LIB = read();
    }

    /** The library's Faust text. */
    public static String text() {
        return Text.LIB;
    }

    /** True when a Faust source names the library, so that a compile must see it. */
    public static boolean usedBy(String source) {
        return source.contains(FILE);
    }

    private static String read() {
        try (InputStream in = GenLibrary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the Gen library " + RESOURCE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
