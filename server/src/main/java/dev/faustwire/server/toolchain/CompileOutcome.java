package dev.faustwire.server.toolchain;

/** What the compiler gave: a wasm module with its description, or a failure. */
public sealed interface CompileOutcome {

    /** The module and what the {@code .js} file faust wrote next to it says (sizes, control offsets). */
    record Compiled(byte[] wasm, DspDescription description) implements CompileOutcome {
    }

    /** The kind of failure, the compiler's cleaned message, and how the process ended. */
    record Failed(CompileFailure kind, String message, String ending) implements CompileOutcome {
    }
}
