package dev.faustwire.server.toolchain;

/**
 * Whether a compiled DSP's memory fits what a render or a browser can instantiate. Faust counts the
 * memory in a 32-bit int, so a delay of 2^28 samples makes its size negative and one of 10^9 wraps it
 * to a few bytes; the wasm code still indexes the full delay line, and every render of it fails out of
 * bounds. Both are caught here from what Faust wrote, for patches and Faust text alike.
 */
public final class DspMemory {
    /** Largest DSP memory a render instantiates and a browser is sure to give: 256 MiB. */
    public static final long MAX_BYTES = 256L << 20;
    /** Bytes of one sample of a delay line in single precision, the least a sample takes. */
    private static final int SAMPLE_BYTES = 4;

    private DspMemory() {
    }

    /** Why the DSP cannot be instantiated, in words for the person who wrote it, or null when it fits. */
    public static String problem(int size, byte[] wasm) {
        if (size < 0) {
            return "this DSP needs more memory than Faust can count (its size wrapped around to " + size
                    + " bytes): a delay or a table is far too long; shorten it";
        }
        if (size > MAX_BYTES) {
            return "this DSP needs " + (size >> 20) + " MiB of memory, and a render or a browser gives it at most "
                    + (MAX_BYTES >> 20) + " MiB; shorten the longest delay or table";
        }
        long ring = WasmData.largestRingBuffer(wasm);
        if (ring * SAMPLE_BYTES > MAX_BYTES) {
            return "this DSP has a delay line of " + ring + " samples (" + ((ring * SAMPLE_BYTES) >> 20)
                    + " MiB), and a render or a browser gives a DSP at most " + (MAX_BYTES >> 20)
                    + " MiB; Faust's own count of its memory wrapped around (it says " + size + " bytes). Shorten the delay";
        }
        return null;
    }
}
