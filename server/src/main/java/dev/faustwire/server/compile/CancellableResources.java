package dev.faustwire.server.compile;

import dev.faustwire.codegen.Resources;

/**
 * Resources that stop code generation once its thread is interrupted (the request was cancelled or
 * ran past its deadline): each file lookup and each code-box arity first checks, and throws
 * {@link WorkCancelledException}, so a cancelled expansion ends at its next lookup.
 */
public final class CancellableResources implements Resources {
    private final Resources resources;

    public CancellableResources(Resources resources) {
        this.resources = resources;
    }

    @Override
    public PatchFile findPatch(String reference, String from) {
        check();
        return resources.findPatch(reference, from);
    }

    @Override
    public Arity codeArity(String faust) {
        check();
        return resources.codeArity(faust);
    }

    private static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new WorkCancelledException("code generation was stopped: its request was cancelled");
        }
    }
}
