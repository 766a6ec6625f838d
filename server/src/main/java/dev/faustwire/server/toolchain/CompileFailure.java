package dev.faustwire.server.toolchain;

import dev.faustwire.core.diag.Code;

/** Why a compile gave no program; each kind has its own diagnostic code. */
public enum CompileFailure {
    REJECTED(Code.COMPILE_ERROR),
    TIMEOUT(Code.COMPILE_TIMEOUT),
    OUT_OF_MEMORY(Code.COMPILE_OUT_OF_MEMORY),
    CRASHED(Code.COMPILER_CRASHED),
    /** Faust compiled it, but its memory is more than a render or a browser can give (or Faust's count wrapped). */
    TOO_LARGE(Code.DSP_TOO_LARGE);

    private final Code code;

    CompileFailure(Code code) {
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
