package dev.faustwire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.stdlib.jvm.BundledIndex;
import dev.faustwire.stdlib.jvm.GenLibrary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sharing a file's function changes nothing Faust sees: every golden patch, used twice as a file
 * (one function both uses call, where it can be shared) and used twice as an embedded copy (two
 * functions, as every use was written before), compiles with the real Faust to the same C++.
 */
class SharedFilesEquivalenceIT {
    /** Goldens that must take part (those that generate as a sub-patcher of a patch). */
    private static final int REQUIRED = 30;

    @TempDir
    Path work;

    @Test
    void aFileUsedTwiceCompilesToTheSameCodeAsTwoCopies() throws Exception {
        int compared = 0;
        int shared = 0;
        List<String> skipped = new ArrayList<>();
        for (GoldenCases.Case golden : GoldenCases.all()) {
            Patch inner = golden.patch();
            CodegenResult alone = golden.generate();
            if (!alone.ok() || golden.name().startsWith("subpatch-from-file")) {
                skipped.add(golden.name());
                continue;
            }
            MemoryFiles files = new MemoryFiles().put("g.json", inner);
            CodegenResult asFile = Codegen.generate(twoUses(alone, "p ./g.json", null), BundledIndex.get(), files);
            CodegenResult asCopies = Codegen.generate(twoUses(alone, "p g", inner), BundledIndex.get(), files);
            if (!asFile.ok() || !asCopies.ok()) {
                // An effect box may not sit in a sub-patcher, for one.
                skipped.add(golden.name());
                continue;
            }
            if (asFile.code().contains("file_1")) {
                shared++;
            }
            assertEquals(cpp(golden.name(), "copies", asCopies.code()), cpp(golden.name(), "file", asFile.code()),
                    golden.name() + ":\n" + asFile.code() + "\n---\n" + asCopies.code());
            compared++;
        }
        System.out.println("SharedFilesEquivalenceIT: " + compared + " goldens compared (" + shared
                + " as one shared function), skipped " + skipped);
        assertTrue(compared >= REQUIRED, compared + " compared, skipped " + skipped);
        assertTrue(shared >= REQUIRED - 5, shared + " shared");
    }

    /** A patch with two boxes {@code text} (embedding {@code embedded}), every inlet fed by an in box, every outlet to an out box. */
    private static Patch twoUses(CodegenResult inner, String text, Patch embedded) {
        TreeMap<String, Box> boxes = new TreeMap<>();
        TreeMap<String, Line> lines = new TreeMap<>();
        Rect rect = new Rect(0, 0, 60, 22);
        for (int use = 0; use < 2; use++) {
            String id = "box-" + (use + 1);
            boxes.put(id, new Box(id, text, rect, null, embedded, null, JsonObject.EMPTY));
        }
        int next = 3;
        for (int channel = 1; channel <= inner.inputs(); channel++) {
            String in = "box-" + next++;
            boxes.put(in, new Box(in, "in " + channel, rect));
            for (int use = 1; use <= 2; use++) {
                line(lines, in, 0, "box-" + use, channel - 1);
            }
        }
        for (int use = 1; use <= 2; use++) {
            for (int channel = 1; channel <= inner.outputs(); channel++) {
                String out = "box-" + next++;
                boxes.put(out, new Box(out, "out " + ((use - 1) * inner.outputs() + channel), rect));
                line(lines, "box-" + use, channel - 1, out, 0);
            }
        }
        return new Patch(boxes, lines, JsonObject.EMPTY, JsonObject.EMPTY);
    }

    private static void line(TreeMap<String, Line> lines, String from, int outlet, String to, int inlet) {
        String id = "line-" + (lines.size() + 1);
        lines.put(id, new Line(id, new Port(from, outlet), new Port(to, inlet)));
    }

    /** The C++ Faust writes for {@code code}, compiled as {@code main.dsp} in a folder of its own. */
    private String cpp(String name, String kind, String code) throws IOException, InterruptedException {
        Path folder = Files.createDirectories(work.resolve(name).resolve(kind));
        Files.writeString(folder.resolve("main.dsp"), code, StandardCharsets.UTF_8);
        if (GenLibrary.usedBy(code)) {
            Files.writeString(folder.resolve(GenLibrary.FILE), GenLibrary.text(), StandardCharsets.UTF_8);
        }
        if (code.contains("taps.lib")) {
            Files.writeString(folder.resolve("taps.lib"), TestLibraries.TAPS, StandardCharsets.UTF_8);
        }
        Process process = new ProcessBuilder("faust", "-o", "main.cpp", "main.dsp").directory(folder.toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("faust did not finish in 60 s: " + name);
        }
        assertEquals(0, process.exitValue(), name + " (" + kind + "): " + output + "\n" + code);
        return Files.readString(folder.resolve("main.cpp"), StandardCharsets.UTF_8);
    }
}
