package dev.faustwire.server.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.gen.GenFiles;
import dev.faustwire.gen.expr.CodeTranslation;
import dev.faustwire.gen.expr.GenExpr;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.FaustCompiler;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every Gen operator GenExpr can call, called with one input and Gen's defaults for the rest, translates
 * to a gen.lib call the real compiler takes ({@code -double}): the translator's table and gen.lib agree on
 * names, parameters and inputs.
 */
class GenExprOperatorsIT {
    @Test
    void everyOperatorCallCompiles() {
        FaustCompiler compiler = new FaustCompiler(SandboxLimits.DEFAULT);
        List<String> operators = GenExpr.operators();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < operators.size(); i++) {
            code.append("out").append(i + 1).append(" = ").append(operators.get(i)).append("(in1);\n");
        }
        CodeTranslation t = GenExpr.translate(code.toString(), "box-1", GenFiles.NONE);
        assertEquals(operators.size(), t.outputs());
        for (Diagnostic d : t.problems()) {
            assertEquals("G050", d.code().id(), "only missing or extra arguments are reported: " + d.message());
        }
        CompileOutcome all = compiler.compile(t.faust(), "operators", GenRender.OPTIONS);
        List<String> failing = new ArrayList<>();
        if (all instanceof CompileOutcome.Failed) {
            for (String op : operators) {
                CodeTranslation one = GenExpr.translate("out1 = " + op + "(in1);", "box-1", GenFiles.NONE);
                if (compiler.compile(one.faust(), "operator", GenRender.OPTIONS) instanceof CompileOutcome.Failed f) {
                    failing.add(op + ": " + f.message());
                }
            }
        }
        System.out.println("GenExpr operators: " + operators.size() + " callable, " + (operators.size() - failing.size())
                + " compile in one program of " + t.outputs() + " outputs");
        assertTrue(failing.isEmpty() && all instanceof CompileOutcome.Compiled, "operators that do not compile: " + failing);
    }
}
