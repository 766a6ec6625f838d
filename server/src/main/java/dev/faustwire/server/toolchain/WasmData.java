package dev.faustwire.server.toolchain;

import java.nio.charset.StandardCharsets;

/**
 * What the server reads from and changes in the wasm module faust writes: the DSP's JSON in the data
 * segment has its server paths ({@code library_list}, {@code include_pathnames}) blanked, byte for
 * byte, and the code is searched for ring buffers (delay lines) larger than a render can hold.
 */
final class WasmData {
    /** The JSON fields whose arrays name files and folders of the machine that compiled. */
    private static final String[] SERVER_PATH_FIELDS = {"\"library_list\":", "\"include_pathnames\":"};
    private static final int CODE_SECTION = 10;
    private static final int I32_CONST = 0x41;
    private static final int I32_AND = 0x71;
    private static final int I32_SHL = 0x74;

    private WasmData() {
    }

    /**
     * A copy of the module in which the arrays of the server path fields read {@code [   ]}: the same
     * length, so every offset stays, and the JSON stays valid (an empty array).
     */
    static byte[] withoutServerPaths(byte[] wasm) {
        byte[] copy = wasm.clone();
        for (String field : SERVER_PATH_FIELDS) {
            byte[] name = field.getBytes(StandardCharsets.US_ASCII);
            for (int at = indexOf(copy, name, 0); at >= 0; at = indexOf(copy, name, at + 1)) {
                blankArray(copy, at + name.length);
            }
        }
        return copy;
    }

    /** Blanks the inside of the array that starts after {@code from} (spaces allowed before it). */
    private static void blankArray(byte[] bytes, int from) {
        int open = from;
        while (open < bytes.length && bytes[open] == ' ') {
            open++;
        }
        if (open >= bytes.length || bytes[open] != '[') {
            return;
        }
        boolean inString = false;
        for (int i = open + 1; i < bytes.length; i++) {
            byte b = bytes[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == ']') {
                for (int j = open + 1; j < i; j++) {
                    bytes[j] = ' ';
                }
                return;
            } else if (b == 0) {
                return; // the end of the segment's text without a closing bracket: leave it
            }
        }
    }

    /**
     * Samples of the largest ring buffer the code indexes: faust writes {@code (i & mask) << 2} (or
     * {@code << 3} in double precision) as {@code i32.const mask, i32.and, i32.const 2|3, i32.shl};
     * 0 when there is none.
     */
    static long largestRingBuffer(byte[] wasm) {
        int[] code = section(wasm, CODE_SECTION);
        if (code == null) {
            return 0;
        }
        long largest = 0;
        for (int i = code[0]; i < code[1] - 1; i++) {
            if ((wasm[i] & 0xFF) != I32_CONST) {
                continue;
            }
            long[] mask = signedLeb(wasm, i + 1, code[1]);
            if (mask == null) {
                continue;
            }
            int next = (int) mask[1];
            if (next + 3 < code[1] && (wasm[next] & 0xFF) == I32_AND && (wasm[next + 1] & 0xFF) == I32_CONST
                    && (wasm[next + 2] == 2 || wasm[next + 2] == 3) && (wasm[next + 3] & 0xFF) == I32_SHL
                    && mask[0] > 0 && ((mask[0] + 1) & mask[0]) == 0) {
                largest = Math.max(largest, mask[0] + 1);
            }
        }
        return largest;
    }

    /** {start, end} of the section's contents, or null. */
    private static int[] section(byte[] wasm, int id) {
        int at = 8;
        while (at < wasm.length) {
            int sectionId = wasm[at] & 0xFF;
            long[] size = unsignedLeb(wasm, at + 1);
            if (size == null) {
                return null;
            }
            int start = (int) size[1];
            long end = start + size[0];
            if (end > wasm.length) {
                return null;
            }
            if (sectionId == id) {
                return new int[] {start, (int) end};
            }
            at = (int) end;
        }
        return null;
    }

    /** {value, index after it}, or null when the bytes are not one. */
    private static long[] unsignedLeb(byte[] bytes, int at) {
        long value = 0;
        for (int shift = 0, i = at; i < bytes.length && shift < 35; shift += 7, i++) {
            value |= (long) (bytes[i] & 0x7F) << shift;
            if ((bytes[i] & 0x80) == 0) {
                return new long[] {value, i + 1};
            }
        }
        return null;
    }

    /** A signed LEB128 of at most 5 bytes (an i32 immediate) before {@code end}: {value, index after it}, or null. */
    private static long[] signedLeb(byte[] bytes, int at, int end) {
        long value = 0;
        int shift = 0;
        for (int i = at; i < end && shift < 35; i++) {
            int b = bytes[i] & 0xFF;
            value |= (long) (b & 0x7F) << shift;
            shift += 7;
            if ((b & 0x80) == 0) {
                if ((b & 0x40) != 0 && shift < 64) {
                    value |= -1L << shift;
                }
                return new long[] {(int) value, i + 1};
            }
        }
        return null;
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        outer:
        for (int i = from; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
