package dev.faustwire.server.diagram;

import dev.faustwire.codegen.SourceMap;
import dev.faustwire.server.toolchain.FaustCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Block diagrams on demand: {@code faust -svg} in the sandbox ({@link FaustSvg}), files renamed
 * to stable names ({@link DiagramNames}) and cleaned ({@link SvgCleaner}), kept in memory for a
 * while under an id made from the program's text, so the same program is drawn once. At most
 * {@link #RUNNING} drawings run at once; nothing stays on disk.
 */
public final class Diagrams {
    static final int RUNNING = 2;
    static final int KEPT = 16;
    static final long KEPT_BYTES = 64L << 20;
    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

    private final Semaphore running = new Semaphore(RUNNING);
    private final Map<String, Diagram> kept = new LinkedHashMap<>(KEPT, 0.75f, true);

    /** The diagram of a program (its code, its name, the source map of a patch's program or null). */
    public Diagram draw(String code, String name, SourceMap map) throws DiagramException, IOException,
            InterruptedException {
        String program = FaustCompiler.programName(name);
        String id = id(program, code);
        Diagram known = find(id);
        if (known != null) {
            return known;
        }
        if (!running.tryAcquire(60, TimeUnit.SECONDS)) {
            throw new DiagramException("the server is busy drawing other diagrams; try again");
        }
        Diagram diagram;
        try {
            diagram = make(id, FaustSvg.draw(code, program), DefinitionBoxes.of(code, map));
        } finally {
            running.release();
        }
        keep(diagram);
        return diagram;
    }

    /** A diagram drawn lately, or null. */
    public synchronized Diagram find(String id) {
        return id != null && ID.matcher(id).matches() ? kept.get(id) : null;
    }

    /** True for a file name as served: a stable name and {@code .svg}. */
    public static boolean servedName(String file) {
        return file.endsWith(".svg") && DiagramNames.STABLE.matcher(file.substring(0, file.length() - 4)).matches();
    }

    static Diagram make(String id, Map<String, byte[]> faustFiles, Map<String, String> boxes) throws DiagramException {
        Map<String, String> names = DiagramNames.of(faustFiles);
        if (names.isEmpty()) {
            throw new DiagramException("faust -svg drew no process.svg");
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : names.entrySet()) {
            files.put(file.getValue(), SvgCleaner.clean(faustFiles.get(file.getKey()), names));
        }
        return new Diagram(id, new ArrayList<>(names.values()), files, boxes);
    }

    private synchronized void keep(Diagram diagram) {
        kept.put(diagram.id(), diagram);
        long bytes = 0;
        for (Diagram each : kept.values()) {
            bytes += each.size();
        }
        Iterator<Diagram> oldest = kept.values().iterator();
        while (kept.size() > 1 && (kept.size() > KEPT || bytes > KEPT_BYTES)) {
            bytes -= oldest.next().size();
            oldest.remove();
        }
    }

    private static String id(String program, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((program + "\n" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
