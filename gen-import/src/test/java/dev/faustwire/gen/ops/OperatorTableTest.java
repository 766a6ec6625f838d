package dev.faustwire.gen.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The operator table agrees with gen.lib: every row calls a function gen.lib documents, with as many
 * compile-time parameters, inputs and outputs as its Usage line shows; names are not given twice.
 */
class OperatorTableTest {
    private static final Path GEN_LIB = Path.of("../stdlib-index/src/main/resources/dev/faustwire/stdlib/gen.lib");

    /** One Usage line of gen.lib: {@code incr, reset : accum(init, lo, hi, hasmax, pre) : _}. */
    record Usage(int inputs, int params, int outputs, boolean named) {
    }

    @Test
    void everyRowMatchesTheUsageOfItsGenLibFunction() throws IOException {
        List<String> lib = Files.readAllLines(GEN_LIB, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        for (Operator row : OperatorTable.rows()) {
            Usage usage = usage(lib, row.function());
            if (usage == null) {
                problems.add(row.function() + ": no Usage in gen.lib");
                continue;
            }
            if (!usage.named()) {
                continue; // a doc shared by several functions shows one of them: fastpow is documented with fastsin
            }
            if (usage.inputs() != row.inlets() || usage.params() != row.params().size() || usage.outputs() != row.outlets()) {
                problems.add(row.function() + ": gen.lib says " + usage + ", the table " + row.inlets() + " inlets, "
                        + row.params().size() + " params, " + row.outlets() + " outlets");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyDefaultIsANumberAndEveryFillRuleNamesInlets() {
        for (Operator row : OperatorTable.rows()) {
            assertEquals(row.inlets(), row.defaults().size(), row.function());
            for (String value : row.defaults()) {
                Double.parseDouble(value);
            }
            for (int count = 1; count <= row.inlets(); count++) {
                int[] filled = row.filled(count);
                if (filled != null) {
                    assertEquals(count, filled.length, row.function() + " with " + count + " arguments");
                    for (int inlet : filled) {
                        assertTrue(inlet >= 0 && inlet < row.inlets(), row.function() + " fills inlet " + inlet);
                    }
                }
            }
        }
    }

    @Test
    void aGenNameHasOneRowAndUnsupportedOperatorsHaveNone() {
        List<String> seen = new ArrayList<>();
        for (Operator row : OperatorTable.rows()) {
            for (String name : row.names()) {
                assertTrue(!seen.contains(name), name + " is in two rows");
                seen.add(name);
            }
        }
        for (String[] unsupported : OperatorTable.UNSUPPORTED) {
            assertNull(OperatorTable.find(unsupported[0]), unsupported[0]);
            assertNotNull(OperatorTable.unsupported(unsupported[0]));
        }
    }

    /** The Usage line under {@code `(gen.)NAME`}, or null. */
    static Usage usage(List<String> lib, String name) {
        for (int i = 0; i < lib.size(); i++) {
            if (!lib.get(i).contains("`(gen.)" + name + "`")) {
                continue;
            }
            for (int j = i + 1; j < lib.size() && j < i + 40; j++) {
                if (lib.get(j).contains("#### Usage")) {
                    String line = lib.get(j + 3).replaceFirst("^//\\s*", "").trim();
                    return parse(line, name);
                }
            }
        }
        return null;
    }

    static Usage parse(String line, String name) {
        String[] parts = line.split(" : ");
        // "inputs : f(params) : outputs", or "f : outputs" without inputs; grouped docs show one member's name.
        int call = parts.length == 3 ? 1 : 0;
        int inputs = call == 0 ? 0 : count(parts[0]);
        String function = parts[call];
        int params = function.contains("(") ? count(function.substring(function.indexOf('(') + 1, function.lastIndexOf(')'))) : 0;
        int outputs = call + 1 < parts.length ? count(parts[call + 1]) : 0;
        return new Usage(inputs, params, outputs, function.equals(name) || function.startsWith(name + "("));
    }

    private static int count(String list) {
        return list.isBlank() ? 0 : list.split(",").length;
    }
}
