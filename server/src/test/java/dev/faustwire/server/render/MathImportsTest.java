package dev.faustwire.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.types.Value;
import dev.faustwire.server.render.RenderException.Code;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MathImportsTest {
    private static final byte F32 = 0x7d;
    private static final byte F64 = 0x7c;
    private static final byte I32 = 0x7f;

    @Test
    void cRoundingRules() {
        assertEquals(3, CMath.round(2.5));
        assertEquals(-3, CMath.round(-2.5));
        assertEquals(2, CMath.round(2.4999999));
        assertEquals(-0.0, CMath.round(-0.4));
        assertEquals(0x1p60 + 4096, CMath.round(0x1p60 + 4096));
        assertTrue(Double.isNaN(CMath.round(Double.NaN)));
        assertEquals(2, Math.rint(2.5), "rint is half to even");
        assertEquals(-1, Math.IEEEremainder(5, 3), "remainder rounds the quotient to nearest");
        assertEquals(-2, -5.0 % 3, "fmod keeps the dividend's sign");
        assertEquals(1, CMath.fmax(Double.NaN, 1));
        assertEquals(1, CMath.fmin(1, Double.NaN));
        assertEquals(10, CMath.log2(1024));
        assertEquals(-3, CMath.log2(0.125));
    }

    @Test
    void inverseHyperbolicsMatchTheirDefinitions() {
        for (double x : new double[] {-30, -2, -0.5, -1e-9, 0, 1e-9, 0.5, 2, 30, 1e200}) {
            assertEquals(Math.sinh(CMath.asinh(x)), x, Math.abs(x) * 1e-13 + 1e-300, "asinh " + x);
        }
        for (double x : new double[] {1, 1.0000001, 2, 30, 1e200}) {
            assertEquals(Math.cosh(CMath.acosh(x)), x, x * 1e-8, "acosh " + x);
        }
        for (double x : new double[] {-0.99, -0.5, 0, 1e-12, 0.5, 0.99}) {
            assertEquals(Math.tanh(CMath.atanh(x)), x, 1e-15, "atanh " + x);
        }
        assertTrue(Double.isNaN(CMath.acosh(0.5)));
        assertEquals(Double.POSITIVE_INFINITY, CMath.atanh(1));
    }

    @Test
    void singleAndDoubleVersionsAreTypedFromTheImport() {
        assertEquals(Value.floatToLong((float) Math.sin(0.5f)), call("_sinf", new byte[] {F32}, F32, Value.floatToLong(0.5f)));
        assertEquals(Value.doubleToLong(Math.sin(0.5)), call("_sin", new byte[] {F64}, F64, Value.doubleToLong(0.5)));
        assertEquals(Value.floatToLong(-3f), call("_roundf", new byte[] {F32}, F32, Value.floatToLong(-2.5f)));
        assertEquals(Value.floatToLong(2f), call("_rintf", new byte[] {F32}, F32, Value.floatToLong(2.5f)));
        assertEquals(Value.doubleToLong(Math.pow(2, 0.5)),
                call("_pow", new byte[] {F64, F64}, F64, Value.doubleToLong(2), Value.doubleToLong(0.5)));
        assertEquals(Value.floatToLong(-1f),
                call("_remainderf", new byte[] {F32, F32}, F32, Value.floatToLong(5f), Value.floatToLong(3f)));
        assertEquals(1, call("_isnanf", new byte[] {F32}, I32, Value.floatToLong(Float.NaN)));
        assertEquals(0, call("_isinf", new byte[] {F64}, I32, Value.doubleToLong(1)));
    }

    @Test
    void integerAbsIsCsAbs() {
        assertEquals(7, call("_abs", new byte[] {I32}, I32, -7));
        assertEquals(7, call("_abs", new byte[] {I32}, I32, 7));
        assertEquals(Integer.MIN_VALUE, (int) call("_abs", new byte[] {I32}, I32, Integer.MIN_VALUE));
    }

    @Test
    void unknownImportIsNamedInTheError() {
        RenderException e = assertThrows(RenderException.class,
                () -> MathImports.forModule(Parser.parse(importing("env", "_bogusf", new byte[] {F32}, F32))));
        assertEquals(Code.MISSING_IMPORT, e.code());
        assertTrue(e.getMessage().contains("env._bogusf"), e.getMessage());
    }

    @Test
    void wrongArityOrModuleIsAnError() {
        byte[][] modules = {
            importing("env", "_sinf", new byte[] {F32, F32}, F32),
            importing("env", "_powf", new byte[] {F32}, F32),
            importing("other", "_sinf", new byte[] {F32}, F32),
            importing("env", "sinf", new byte[] {F32}, F32),
            importing("env", "_sinf", new byte[] {I32}, I32),
        };
        for (byte[] module : modules) {
            RenderException e = assertThrows(RenderException.class, () -> MathImports.forModule(Parser.parse(module)));
            assertEquals(Code.MISSING_IMPORT, e.code());
        }
    }

    private static long call(String name, byte[] params, byte result, long... args) {
        ImportValues values = MathImports.forModule(Parser.parse(importing("env", name, params, result)));
        ImportFunction function = values.function(0);
        assertEquals(name, function.name());
        return function.handle().apply(null, args)[0];
    }

    /** A wasm module whose only content is one imported function. */
    static byte[] importing(String module, String name, byte[] params, byte result) {
        ByteArrayOutputStream types = new ByteArrayOutputStream();
        types.write(1);
        types.write(0x60);
        types.write(params.length);
        types.writeBytes(params);
        types.write(1);
        types.write(result);
        ByteArrayOutputStream imports = new ByteArrayOutputStream();
        imports.write(1);
        writeName(imports, module);
        writeName(imports, name);
        imports.write(0); // a function
        imports.write(0); // of type 0
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        section(out, 1, types.toByteArray());
        section(out, 2, imports.toByteArray());
        return out.toByteArray();
    }

    private static void writeName(ByteArrayOutputStream out, String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        out.write(bytes.length);
        out.writeBytes(bytes);
    }

    private static void section(ByteArrayOutputStream out, int id, byte[] content) {
        out.write(id);
        out.write(content.length);
        out.writeBytes(content);
    }
}
