package dev.faustwire.server.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.gen.GenFiles;
import dev.faustwire.gen.expr.CodeTranslation;
import dev.faustwire.gen.expr.GenExpr;
import dev.faustwire.server.render.WasmDsp;
import dev.faustwire.server.render.WasmProgram;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every GenExpr of the shared corpus (each {@code codebox}'s code and each {@code expr} box of every
 * .gendsp and .maxpat, with the .genexpr libraries they require) is parsed, translated and compiled
 * by the real sandboxed Faust compiler ({@code -lang wasm -double}), then rendered for a second of a
 * test input. The counts and every problem are printed.
 */
class GenExprCorpusIT {
    static final Path CORPUS = Path.of("/work/shared/corpus");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One piece of GenExpr found in a file. */
    record Piece(Path file, String boxId, String kind, String code, List<GenExpr.DataBox> owned) {
        String where() {
            return CORPUS.relativize(file) + " " + boxId + " (" + kind + ")";
        }
    }

    static List<Piece> corpusPieces() throws IOException {
        List<Piece> pieces = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(p -> p.toString().endsWith(".gendsp") || p.toString().endsWith(".maxpat")).sorted().toList();
        }
        for (Path file : files) {
            collect(JSON.readTree(file.toFile()), file, pieces);
        }
        return pieces;
    }

    private static void collect(JsonNode node, Path file, List<Piece> pieces) {
        collect(node, file, pieces, java.util.Map.of());
    }

    private static void collect(JsonNode node, Path file, List<Piece> pieces, java.util.Map<String, List<GenExpr.DataBox>> owned) {
        if (node.isObject()) {
            if (node.path("boxes").isArray()) {
                owned = ownedData(node.get("boxes"));
            }
            JsonNode box = node.get("box");
            if (box != null && box.isObject()) {
                String id = box.path("id").asText();
                List<GenExpr.DataBox> mine = owned.getOrDefault(id, List.of());
                if (box.path("maxclass").asText().equals("codebox") && box.has("code")) {
                    pieces.add(new Piece(file, id, "codebox", box.get("code").asText(), mine));
                }
                String text = box.path("text").asText("");
                if (text.startsWith("expr ")) {
                    pieces.add(new Piece(file, id, "expr", text.substring(5), mine));
                }
            }
            java.util.Map<String, List<GenExpr.DataBox>> level = owned;
            node.fields().forEachRemaining(e -> collect(e.getValue(), file, pieces, level));
        } else if (node.isArray()) {
            java.util.Map<String, List<GenExpr.DataBox>> level = owned;
            node.forEach(child -> collect(child, file, pieces, level));
        }
    }

    /**
     * The importer's rule, written again for the test: a {@code data NAME dim ch} box that exactly one codebox or expr
     * of its patcher names (as a word) and no poke/peek/sample/nearest/lookup/wave/dim/channels box names, belongs to
     * that codebox.
     */
    static java.util.Map<String, List<GenExpr.DataBox>> ownedData(JsonNode boxes) {
        java.util.Map<String, List<GenExpr.DataBox>> owned = new java.util.TreeMap<>();
        List<String> members = List.of("poke", "peek", "sample", "nearest", "lookup", "wave", "dim", "channels");
        for (JsonNode b : boxes) {
            String[] words = b.path("box").path("text").asText("").trim().split("\\s+");
            if (!words[0].equals("data") || words.length < 2) {
                continue;
            }
            String name = words[1];
            List<String> users = new ArrayList<>();
            boolean member = false;
            for (JsonNode other : boxes) {
                JsonNode o = other.path("box");
                String code = o.has("code") ? o.get("code").asText() : o.path("text").asText("").startsWith("expr ")
                        ? o.path("text").asText() : null;
                if (code != null && java.util.regex.Pattern.compile("\\b" + name + "\\b").matcher(code).find()) {
                    users.add(o.path("id").asText());
                }
                String[] t = o.path("text").asText("").trim().split("\\s+");
                member |= t.length > 1 && members.contains(t[0]) && t[1].equals(name);
            }
            if (users.size() == 1 && !member) {
                int dim = words.length > 2 ? (int) Double.parseDouble(words[2]) : 512;
                int channels = words.length > 3 ? (int) Double.parseDouble(words[3]) : 1;
                owned.computeIfAbsent(users.get(0), k -> new ArrayList<>()).add(new GenExpr.DataBox(name, dim, channels));
            }
        }
        return owned;
    }

    /** Files as the server would give them: beside the patcher first, then anywhere in the corpus (the workspace), any case. */
    static GenFiles filesBeside(Path file) {
        return name -> {
            try {
                Path found = find(file.getParent(), name, 1);
                if (found == null) {
                    found = find(CORPUS, name, Integer.MAX_VALUE);
                }
                return found == null ? null : Files.readString(found, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static Path find(Path dir, String name, int depth) throws IOException {
        try (Stream<Path> walk = Files.walk(dir, depth)) {
            return walk.filter(p -> p.getFileName().toString().equalsIgnoreCase(name)).sorted().findFirst().orElse(null);
        }
    }

    /** The program to compile alone: a code without outputs is checked inside a program that has one, as a patch uses it. */
    static String standalone(CodeTranslation t) {
        if (t.outputs() > 0) {
            return t.faust();
        }
        return "import(\"stdfaust.lib\");\ncode = environment {\n" + t.faust() + "\n};\nprocess = (code.process : si.block("
                + t.outputs() + ")), 0;\n";
    }

    /**
     * The corpus pieces not translated exactly and why: tables (data, peek, poke, dim of a patcher's data:
     * G046), a loop bounded by an input (G044), patcher params not seen by the code (G041), noise in a
     * branch (G048), a Param without range (G056), a function no required library defines (G042).
     */
    private static final java.util.Map<String, String> EXPECTED_PROBLEMS = new java.util.TreeMap<>(java.util.Map.of(
            "chorus.gendsp obj-5", "G042",
            // pulse's data sinc is named by two codeboxes, so neither owns it
            "pulse.gendsp obj-12", "G058",
            "pulse.gendsp obj-15", "G044",
            // saw owns its two 16384-frame datas, but filling them once takes more loop iterations than are unrolled
            "saw.gendsp obj-10", "G045 G056",
            // semiperm owns its data registers; noise() in its fill loop and branches, params of the patcher
            "semiperm.gendsp obj-67", "G041 G048 G055"));

    @Test
    void everyCorpusGenExprParsesTranslatesAndCompiles() throws IOException {
        List<Piece> pieces = corpusPieces();
        FaustCompiler compiler = new FaustCompiler(SandboxLimits.DEFAULT);
        int parsed = 0;
        int exact = 0;
        int compiled = 0;
        int rendered = 0;
        List<String> failures = new ArrayList<>();
        java.util.TreeMap<String, String> problemCodes = new java.util.TreeMap<>();
        long compileNanos = 0;
        for (Piece piece : pieces) {
            CodeTranslation t = GenExpr.translate(piece.code(), piece.boxId(), filesBeside(piece.file()), piece.owned());
            boolean syntax = false;
            boolean errors = false;
            for (Diagnostic d : t.problems()) {
                syntax |= d.code().id().equals("G040");
                errors |= d.isError();
            }
            parsed += syntax ? 0 : 1;
            exact += errors ? 0 : 1;
            java.util.TreeSet<String> codes = new java.util.TreeSet<>();
            for (Diagnostic d : t.problems()) {
                codes.add(d.code().id());
            }
            if (!codes.isEmpty()) {
                problemCodes.put(CORPUS.relativize(piece.file()).getFileName() + " " + piece.boxId(), String.join(" ", codes));
            }
            StringBuilder report = new StringBuilder();
            for (Diagnostic d : t.problems()) {
                report.append("\n      ").append(d.severity().label()).append(' ').append(d.code().id()).append(": ").append(d.message());
            }
            long start = System.nanoTime();
            CompileOutcome outcome = compiler.compile(standalone(t), "genexpr", List.of("-lang", "wasm", "-double"));
            compileNanos += System.nanoTime() - start;
            if (outcome instanceof CompileOutcome.Failed failed) {
                failures.add(piece.where() + ": does not compile: " + failed.message() + report);
                System.out.println("---- " + piece.where() + "\n" + t.faust());
                continue;
            }
            compiled++;
            WasmDsp dsp = WasmProgram.compile(((CompileOutcome.Compiled) outcome).wasm()).instantiate();
            dsp.init(48000);
            double[][] in = new double[dsp.inputs()][48000];
            for (int c = 0; c < in.length; c++) {
                for (int n = 0; n < 48000; n++) {
                    in[c][n] = 0.5 * Math.sin(2 * Math.PI * 220 * (c + 1) * n / 48000.0);
                }
            }
            double[][] out = new double[dsp.outputs()][48000];
            dsp.computeDouble(in, out, 0, 48000);
            boolean finite = true;
            for (double[] channel : out) {
                for (double v : channel) {
                    finite &= Double.isFinite(v);
                }
            }
            rendered += finite ? 1 : 0;
            if (!finite) {
                failures.add(piece.where() + ": renders NaN or infinity" + report);
            } else if (!t.problems().isEmpty()) {
                failures.add(piece.where() + ": compiles and renders, reported" + report);
            }
        }
        List<Long> translateNanos = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            for (Piece piece : pieces) {
                GenFiles files = filesBeside(piece.file());
                String code = piece.code();
                long start = System.nanoTime();
                GenExpr.translate(code, piece.boxId(), files, piece.owned());
                translateNanos.add(System.nanoTime() - start);
            }
        }
        translateNanos.sort(null);
        System.out.println("GenExpr translation (20 rounds of the corpus, files read included): median "
                + translateNanos.get(translateNanos.size() / 2) / 1000 + " us, max "
                + translateNanos.get(translateNanos.size() - 1) / 1000 + " us per piece");
        System.out.println("GenExpr corpus: " + pieces.size() + " pieces of code, " + parsed + " parsed, " + exact
                + " translated without error, " + compiled + " compiled, " + rendered + " rendered 1 s without NaN/inf"
                + " (compiles: " + (compileNanos / 1_000_000) + " ms in all)");
        for (String f : failures) {
            System.out.println("  " + f);
        }
        assertEquals(16, pieces.size(), "the corpus holds 15 codeboxes and one expr");
        assertEquals(EXPECTED_PROBLEMS, problemCodes, "what each corpus piece that is not exact reports");
        assertEquals(pieces.size(), parsed, "every piece of corpus GenExpr parses");
        assertEquals(pieces.size(), compiled, "every translation compiles");
        assertTrue(exact >= 11, "at least 11 corpus codeboxes translate without error (midi.format's Data), got " + exact);
    }
}
