package dev.faustwire.server.render;

import static com.dylibso.chicory.wasm.types.ValType.F32;
import static com.dylibso.chicory.wasm.types.ValType.F64;
import static com.dylibso.chicory.wasm.types.ValType.I32;

import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.InterpreterMachine;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import dev.faustwire.server.render.RenderException.Code;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A faust wasm module parsed, checked and compiled to JVM bytecode once; safe to share between threads,
 * each render taking its own {@link WasmDsp} from {@link #instantiate()}.
 */
public final class WasmProgram {
    /** An export this runtime calls, with the types faust gives it in single and double precision. */
    private record Required(String name, List<FunctionType> types) {}

    private static final List<Required> REQUIRED_FUNCTIONS = List.of(
            new Required("init", List.of(type(List.of(I32, I32), List.of()))),
            new Required("compute", List.of(type(List.of(I32, I32, I32, I32), List.of()))),
            new Required("setParamValue",
                    List.of(type(List.of(I32, I32, F32), List.of()), type(List.of(I32, I32, F64), List.of()))),
            new Required("getParamValue",
                    List.of(type(List.of(I32, I32), List.of(F32)), type(List.of(I32, I32), List.of(F64)))),
            new Required("getNumInputs", List.of(type(List.of(I32), List.of(I32)))),
            new Required("getNumOutputs", List.of(type(List.of(I32), List.of(I32)))));

    private final WasmModule module;
    private final ImportValues imports;
    private final Function<Instance, Machine> machines;

    private final boolean partlyInterpreted;

    private WasmProgram(
            WasmModule module, ImportValues imports, Function<Instance, Machine> machines, boolean partlyInterpreted) {
        this.module = module;
        this.imports = imports;
        this.machines = machines;
        this.partlyInterpreted = partlyInterpreted;
    }

    /** Whether a function too large for one JVM method runs in the (much slower) interpreter. */
    public boolean partlyInterpreted() {
        return partlyInterpreted;
    }

    /**
     * Parses and compiles the bytes of a {@code faust -lang wasm} module. A function too large for one
     * JVM method is left to Chicory's interpreter (slower, same results) rather than refused.
     */
    public static WasmProgram compile(byte[] wasm) {
        WasmModule module;
        try {
            module = Parser.parse(wasm);
        } catch (RuntimeException e) {
            throw new RenderException(Code.BAD_WASM, "the wasm module does not parse: " + e.getMessage(), e);
        }
        checkExports(module);
        ImportValues imports = MathImports.forModule(module);
        try {
            return new WasmProgram(module, imports, machines(module, InterpreterFallback.FAIL), false);
        } catch (RenderException tooLarge) {
            // a function too large for one JVM method: the others are compiled, that one is interpreted
        }
        return new WasmProgram(module, imports, machines(module, InterpreterFallback.SILENT), true);
    }

    /** The same program run entirely by Chicory's interpreter: slow, for checking the compiler. */
    static WasmProgram interpreted(byte[] wasm) {
        WasmModule module = Parser.parse(wasm);
        return new WasmProgram(module, MathImports.forModule(module), InterpreterMachine::new, true);
    }

    private static Function<Instance, Machine> machines(WasmModule module, InterpreterFallback fallback) {
        try {
            return MachineFactoryCompiler.builder(module).withInterpreterFallback(fallback).compile();
        } catch (RuntimeException e) {
            throw new RenderException(Code.BAD_WASM, "the wasm module does not compile: " + e.getMessage(), e);
        }
    }

    /** The exports a faust module has, with the types this runtime calls them with. */
    private static void checkExports(WasmModule module) {
        Map<String, FunctionType> functions = new HashMap<>();
        boolean memory = false;
        int imported = module.importSection().count(ExternalType.FUNCTION);
        for (int i = 0; i < module.exportSection().exportCount(); i++) {
            Export export = module.exportSection().getExport(i);
            if (export.exportType() == ExternalType.FUNCTION && export.index() >= imported) {
                functions.put(export.name(),
                        module.functionSection().getFunctionType(export.index() - imported, module.typeSection()));
            }
            memory |= export.exportType() == ExternalType.MEMORY;
        }
        for (Required required : REQUIRED_FUNCTIONS) {
            FunctionType type = functions.get(required.name());
            if (type == null || !required.types().contains(type)) {
                throw new RenderException(Code.BAD_WASM, "the wasm module exports no function " + required.name()
                        + " of type " + required.types().get(0) + "; is it from faust -lang wasm?");
            }
        }
        if (!memory) {
            throw new RenderException(Code.BAD_WASM, "the wasm module exports no memory");
        }
    }

    private static FunctionType type(List<ValType> params, List<ValType> results) {
        return FunctionType.of(params, results);
    }

    /** A fresh DSP with its own memory, not yet initialised; use it from one thread only. */
    public WasmDsp instantiate() {
        Instance instance;
        try {
            instance = Instance.builder(module)
                    .withImportValues(imports)
                    .withMachineFactory(machines)
                    .withMemoryFactory(ByteArrayMemory::new) // faster than the default ByteBufferMemory
                    .build();
        } catch (RuntimeException e) {
            throw new RenderException(Code.BAD_WASM, "the wasm module does not instantiate: " + e.getMessage(), e);
        }
        return new WasmDsp(instance);
    }
}
