package dev.faustwire.codegen;

/**
 * What code generation may look up outside the patch: the files that sub-patcher boxes name and
 * the arity of {@code code} boxes. Portable: the server answers from the file system and the real
 * compiler; the browser answers from what it has loaded; {@link #NONE} knows nothing.
 */
public interface Resources {
    /** Knows no files and no arities: sub-patchers use their embedded copy, code boxes need {@code @ins}/{@code @outs}. */
    Resources NONE = new Resources() {
        @Override
        public PatchFile findPatch(String reference, String from) {
            return null;
        }

        @Override
        public Arity codeArity(String faust) {
            return null;
        }
    };

    /**
     * The patch file a sub-patcher box names ({@code p ./filters/lp.dsppat}), looked up in the
     * folder of the file {@code from} (null for the top patch), then in each of its parents; null
     * when there is none.
     */
    PatchFile findPatch(String reference, String from);

    /** The inputs and outputs of the Faust text of a {@code code} box, or null when unknown. */
    Arity codeArity(String faust);

    /** A patch file: {@code key} names it uniquely (it is the {@code from} of the patches it names). */
    record PatchFile(String key, String text) {
    }

    /** A program's channel counts, or the reason it has none ({@code problem} not null). */
    record Arity(int inputs, int outputs, String problem) {
        public static Arity of(int inputs, int outputs) {
            return new Arity(inputs, outputs, null);
        }

        public static Arity failed(String problem) {
            return new Arity(0, 0, problem);
        }
    }
}
