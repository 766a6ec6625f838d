package dev.faustwire.gen.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.faustwire.gen.GenFiles;
import dev.faustwire.gen.GenImport;
import dev.faustwire.gen.GenImportResult;
import dev.faustwire.gen.ops.Operator;
import dev.faustwire.gen.ops.OperatorTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every row of the operator table, under every name, translates the way its row says: with all
 * inlets connected it is {@code gen.FUNCTION params} alone; with nothing connected each inlet gets
 * Gen's default; a binary operator's one argument is its right operand.
 */
class TableRulesTest {

    /** A .gendsp of one box whose inlets are all fed by {@code in} boxes (or none). */
    static String patcher(String text, int inlets, int outlets, boolean connected) {
        StringBuilder boxes = new StringBuilder("{\"box\": {\"id\": \"obj-100\", \"maxclass\": \"newobj\", \"text\": \""
                + text.replace("\"", "\\\"") + "\", \"numinlets\": " + inlets + ", \"numoutlets\": " + outlets + "}}");
        StringBuilder lines = new StringBuilder();
        if (connected) {
            for (int i = 0; i < inlets; i++) {
                boxes.append(", {\"box\": {\"id\": \"obj-").append(i + 1).append("\", \"maxclass\": \"newobj\", \"text\": \"in ")
                        .append(i + 1).append("\", \"numinlets\": 0, \"numoutlets\": 1}}");
                lines.append(i == 0 ? "" : ", ").append("{\"patchline\": {\"source\": [\"obj-").append(i + 1)
                        .append("\", 0], \"destination\": [\"obj-100\", ").append(i).append("]}}");
            }
        }
        return "{\"patcher\": {\"classnamespace\": \"dsp.gen\", \"boxes\": [" + boxes + "], \"lines\": [" + lines + "]}}";
    }

    static GenImportResult run(String text, int inlets, int outlets, boolean connected) {
        return GenImport.run("t.gendsp", patcher(text, inlets, outlets, connected), GenFiles.NONE);
    }

    /** The text the row's params give when the box sets no attribute. */
    static String params(Operator row) {
        StringBuilder out = new StringBuilder();
        for (String spec : row.params()) {
            String value = spec.startsWith("has@") ? "0" : spec.substring(spec.indexOf('=') + 1);
            String word = AttributeWords.number(spec.substring(1, Math.max(1, spec.indexOf('='))), value);
            out.append(' ').append(word != null ? word : value);
        }
        return out.toString();
    }

    @Test
    void everyNameWithEveryInletConnectedIsItsFunctionWithItsDefaultParameters() {
        List<String> wrong = new ArrayList<>();
        for (Operator row : OperatorTable.rows()) {
            for (String name : row.names()) {
                GenImportResult result = run(name, row.inlets(), row.outlets(), true);
                String expected = "gen." + row.function() + params(row)
                        + (OperatorTable.DECLARED_ARITY.contains(row.function())
                        ? " @ins " + (row.params().size() + row.inlets()) + " @outs " + row.outlets() : "");
                String actual = result.patch().box("box-100").text();
                if (!expected.equals(actual) || !result.report().isEmpty() && row.note().isEmpty()) {
                    wrong.add(name + ": " + actual + " " + result.report());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyRowWithNothingConnectedGetsGensDefaultForEachInlet() {
        List<String> wrong = new ArrayList<>();
        for (Operator row : OperatorTable.rows()) {
            GenImportResult result = run(row.names().get(0), row.inlets(), row.outlets(), false);
            StringBuilder expected = new StringBuilder("gen." + row.function() + params(row));
            for (String value : row.defaults()) {
                expected.append(' ').append(value);
            }
            if (OperatorTable.DECLARED_ARITY.contains(row.function())) {
                expected.append(" @ins ").append(row.params().size() + row.inlets()).append(" @outs ").append(row.outlets());
            }
            String actual = result.patch().box("box-100").text();
            if (!expected.toString().equals(actual)) {
                wrong.add(row.names().get(0) + ": " + actual + " (expected " + expected + ")");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyBinaryOperatorTakesOneArgumentAsItsRightOperand() {
        int checked = 0;
        for (Operator row : OperatorTable.rows()) {
            int[] one = row.filled(1);
            if (row.inlets() != 2 || one == null || one[0] != 1 || row.outlets() != 1) {
                continue;
            }
            GenImportResult result = run(row.names().get(0) + " 3", 1, 1, true);
            assertEquals("gen." + row.function() + params(row) + " _ 3"
                    + (OperatorTable.DECLARED_ARITY.contains(row.function()) ? " @ins " + (row.params().size() + 2) + " @outs 1" : ""),
                    result.patch().box("box-100").text(), row.names().get(0));
            checked++;
        }
        assertEquals(true, checked >= 30, "binary operators checked: " + checked);
    }

    @Test
    void lookupIsByAnyNameAndUnknownNamesAreNotRows() {
        assertEquals("add", OperatorTable.find("plus").function());
        assertEquals("accum", OperatorTable.find("+=").function());
        assertEquals("ln", OperatorTable.find("log").function());
        assertNull(OperatorTable.find("frobnicate"));
        assertNotNull(OperatorTable.unsupported("peek"));
        assertNull(OperatorTable.unsupported("+"));
    }
}
