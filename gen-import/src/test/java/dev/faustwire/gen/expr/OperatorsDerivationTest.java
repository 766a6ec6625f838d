package dev.faustwire.gen.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.faustwire.gen.ops.Operator;
import dev.faustwire.gen.ops.OperatorTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GenExpr's operators are OperatorTable's rows, apart from the exceptions Operators lists. */
class OperatorsDerivationTest {
    private static final List<String> NOT_IN_TABLE = List.of("ternary", "interp", "history");
    private static final List<String> DIFFERENT_DEFAULTS = List.of("mix", "round");

    @Test
    void everyOperatorIsItsRowExceptTheListedExceptions() {
        List<String> problems = new ArrayList<>();
        for (String name : Operators.names()) {
            Operators.Op op = Operators.find(name);
            Operator row = OperatorTable.find(name);
            if (row == null) {
                if (!NOT_IN_TABLE.contains(name)) {
                    problems.add(name + ": no table row");
                }
                continue;
            }
            if (!op.genName().equals(row.function()) || op.outputs() != row.outlets() || op.stateful() != row.stateful()
                    || op.inputs() != row.inlets()) {
                problems.add(name + ": name, outputs, state or inputs differ from the row");
            }
            if (DIFFERENT_DEFAULTS.contains(name)) {
                continue;
            }
            Operators.Op derived = Operators.fromRow(row);
            if (!derived.params().equals(op.params())) {
                problems.add(name + ": parameters " + op.params() + " not " + derived.params());
            }
            for (int i = 0; i < op.inputs(); i++) {
                if (Double.compare(op.defaults()[i], derived.defaults()[i]) != 0) {
                    problems.add(name + ": default of input " + i);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyTableRowIsCallableUnderItsWordNamesButThePatcherOnlyOnes() {
        for (Operator row : OperatorTable.rows()) {
            for (String name : row.names()) {
                char c = name.charAt(0);
                boolean word = Character.isLetter(c);
                if (!word || Operators.PATCHER_ONLY.contains(name)) {
                    assertNull(Operators.find(name), name);
                } else {
                    assertNotNull(Operators.find(name), name);
                }
            }
        }
    }

    @Test
    void theExceptionsSayWhatDiffers() {
        assertEquals(0.5, Operators.find("mix").defaults()[2]);
        assertEquals("0", OperatorTable.find("mix").defaults().get(2));
        assertEquals(0.0, Operators.find("round").defaults()[1]);
        assertEquals("1", OperatorTable.find("round").defaults().get(1));
        assertSame(Operators.find("switch"), Operators.find("ternary"));
        assertNull(OperatorTable.find("ternary"));
        // An inlet written without a default is 0 in a patcher and required in a call.
        assertEquals("0", OperatorTable.find("sah").defaults().get(1));
        assertEquals(true, Double.isNaN(Operators.find("sah").defaults()[1]));
        assertEquals(0.0, Operators.find("sah").defaults()[2]);
    }
}
