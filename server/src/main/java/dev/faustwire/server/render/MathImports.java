package dev.faustwire.server.render;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.ValType;
import com.dylibso.chicory.wasm.types.Value;
import dev.faustwire.server.render.RenderException.Code;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Host functions for the C math library that faust's wasm imports from module "env" as {@code _sinf},
 * {@code _pow}, ...: one table of operations in double precision, typed per import from the module's
 * own import section, so single- and double-precision programs are both served.
 */
final class MathImports {
    private static final String MODULE = "env";

    private static final Map<String, DoubleUnaryOperator> UNARY = Map.ofEntries(
            Map.entry("sin", Math::sin), Map.entry("cos", Math::cos), Map.entry("tan", Math::tan),
            Map.entry("asin", Math::asin), Map.entry("acos", Math::acos), Map.entry("atan", Math::atan),
            Map.entry("sinh", Math::sinh), Map.entry("cosh", Math::cosh), Map.entry("tanh", Math::tanh),
            Map.entry("asinh", CMath::asinh), Map.entry("acosh", CMath::acosh), Map.entry("atanh", CMath::atanh),
            Map.entry("exp", Math::exp), Map.entry("exp2", x -> Math.pow(2, x)),
            Map.entry("exp10", x -> Math.pow(10, x)), Map.entry("expm1", Math::expm1),
            Map.entry("log", Math::log), Map.entry("log2", CMath::log2),
            Map.entry("log10", Math::log10), Map.entry("log1p", Math::log1p),
            Map.entry("sqrt", Math::sqrt), Map.entry("cbrt", Math::cbrt),
            Map.entry("floor", Math::floor), Map.entry("ceil", Math::ceil), Map.entry("rint", Math::rint),
            Map.entry("nearbyint", Math::rint), Map.entry("round", CMath::round),
            Map.entry("trunc", x -> x < 0 ? Math.ceil(x) : Math.floor(x)), Map.entry("fabs", Math::abs),
            Map.entry("isnan", x -> Double.isNaN(x) ? 1 : 0), Map.entry("isinf", x -> Double.isInfinite(x) ? 1 : 0));

    private static final Map<String, DoubleBinaryOperator> BINARY = Map.of(
            "pow", Math::pow, "atan2", Math::atan2, "fmod", (a, b) -> a % b, "remainder", Math::IEEEremainder,
            "copysign", Math::copySign, "fmax", CMath::fmax, "fmin", CMath::fmin, "hypot", Math::hypot);

    private MathImports() {}

    /** A host function for every import of the module; anything it asks for that we lack is an error. */
    static ImportValues forModule(WasmModule module) {
        List<HostFunction> functions = new ArrayList<>();
        for (int i = 0; i < module.importSection().importCount(); i++) {
            Import imp = module.importSection().getImport(i);
            if (imp.importType() != ExternalType.FUNCTION) {
                throw missing(imp, "only functions can be imported");
            }
            FunctionType type = module.typeSection().getType(((FunctionImport) imp).typeIndex());
            functions.add(hostFunction(imp, type));
        }
        return ImportValues.builder().addFunction(functions.toArray(HostFunction[]::new)).build();
    }

    private static HostFunction hostFunction(Import imp, FunctionType type) {
        if (!imp.module().equals(MODULE) || !imp.name().startsWith("_")) {
            throw missing(imp, "not a math function");
        }
        List<ValType> params = type.params();
        if (imp.name().equals("_abs") && params.size() == 1 && params.get(0).equals(ValType.I32)
                && type.returns().size() == 1 && type.returns().get(0).equals(ValType.I32)) {
            // Faust's abs of an int signal (gen.lib's int arithmetic): C's abs, which wraps at INT_MIN.
            return new HostFunction(MODULE, imp.name(), type, (inst, args) -> new long[] {Math.abs((int) args[0])});
        }
        if (type.returns().size() != 1 || params.isEmpty() || !params.stream().allMatch(MathImports::isFloat)) {
            throw missing(imp, "unexpected type " + type);
        }
        ValType argType = params.get(0);
        String name = baseName(imp.name().substring(1), argType);
        ValType result = type.returns().get(0);
        if (params.size() == 1 && UNARY.containsKey(name)) {
            DoubleUnaryOperator op = UNARY.get(name);
            return new HostFunction(MODULE, imp.name(), type,
                    (inst, args) -> new long[] {encode(op.applyAsDouble(decode(args[0], argType)), result)});
        }
        ValType arg2Type = params.size() == 2 ? params.get(1) : null;
        if (arg2Type != null && BINARY.containsKey(name)) {
            DoubleBinaryOperator op = BINARY.get(name);
            return new HostFunction(MODULE, imp.name(), type, (inst, args) -> new long[] {
                encode(op.applyAsDouble(decode(args[0], argType), decode(args[1], arg2Type)), result)
            });
        }
        throw missing(imp, "unknown function or arity");
    }

    /** "sinf" with f32 arguments is "sin"; "sin" with f64 arguments stays "sin". */
    private static String baseName(String name, ValType argType) {
        boolean single = argType.equals(ValType.F32) && name.endsWith("f");
        return single ? name.substring(0, name.length() - 1) : name;
    }

    private static boolean isFloat(ValType t) {
        return t.equals(ValType.F32) || t.equals(ValType.F64);
    }

    private static double decode(long raw, ValType type) {
        return type.equals(ValType.F32) ? Value.longToFloat(raw) : Value.longToDouble(raw);
    }

    private static long encode(double value, ValType type) {
        if (type.equals(ValType.F32)) {
            return Value.floatToLong((float) value);
        }
        if (type.equals(ValType.F64)) {
            return Value.doubleToLong(value);
        }
        return (long) value; // i32 and i64 results: the 0/1 of isnan and isinf
    }

    private static RenderException missing(Import imp, String why) {
        return new RenderException(Code.MISSING_IMPORT, "the wasm module imports " + imp.module() + "."
                + imp.name() + ", which the renderer does not provide (" + why + ")");
    }
}
