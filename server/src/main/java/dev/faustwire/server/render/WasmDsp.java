package dev.faustwire.server.render;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.types.ValType;
import com.dylibso.chicory.wasm.types.Value;
import dev.faustwire.server.render.RenderException.Code;

/**
 * One instance of a faust DSP in its own wasm memory (the DSP struct at address 0). Its audio buffers and
 * their pointer arrays live in pages added past the module's own memory. Not thread-safe.
 */
public final class WasmDsp {
    /** The most frames one call of the module's compute is given; longer calls are split. */
    public static final int MAX_BLOCK = 512;

    private static final int DSP = 0;

    private final Memory memory;
    private final ExportFunction init;
    private final ExportFunction compute;
    private final ExportFunction setParamValue;
    private final ExportFunction getParamValue;
    private final boolean doubleSamples;
    private final int inputs;
    private final int outputs;
    private final int pointers;
    private final int buffers;

    WasmDsp(Instance instance) {
        memory = instance.memory();
        init = instance.export("init");
        compute = instance.export("compute");
        setParamValue = instance.export("setParamValue");
        getParamValue = instance.export("getParamValue");
        doubleSamples = instance.exportType("setParamValue").params().get(2).equals(ValType.F64);
        inputs = (int) call(instance.export("getNumInputs"), DSP)[0];
        outputs = (int) call(instance.export("getNumOutputs"), DSP)[0];
        if (inputs < 0 || outputs < 0 || inputs + outputs > 4096) {
            throw new RenderException(Code.BAD_WASM, "the wasm module reports " + inputs + " inputs and "
                    + outputs + " outputs");
        }
        pointers = memory.pages() * Memory.PAGE_SIZE;
        buffers = pointers + align16(4 * (inputs + outputs));
        int end = buffers + (inputs + outputs) * MAX_BLOCK * sampleBytes();
        int pages = (end - pointers + Memory.PAGE_SIZE - 1) / Memory.PAGE_SIZE;
        if (memory.grow(pages) < 0) {
            throw new RenderException(Code.BAD_WASM, "the wasm memory cannot grow by " + pages + " pages");
        }
        for (int c = 0; c < inputs + outputs; c++) {
            memory.writeI32(pointers + 4 * c, buffer(c));
        }
    }

    public int inputs() {
        return inputs;
    }

    public int outputs() {
        return outputs;
    }

    /** Whether the module was compiled with {@code -double} (samples and controls as f64). */
    public boolean doublePrecision() {
        return doubleSamples;
    }

    /** Sets up the DSP for a sample rate: constants, controls at their init values, state cleared. */
    public void init(int sampleRate) {
        call(init, DSP, sampleRate);
    }

    /** Sets the control whose zone is at byte offset {@code index} of the DSP struct. */
    public void setParam(int index, double value) {
        call(setParamValue, DSP, index, doubleSamples ? Value.doubleToLong(value) : Value.floatToLong((float) value));
    }

    /** Reads the control (or bargraph) whose zone is at byte offset {@code index}. */
    public double getParam(int index) {
        long raw = call(getParamValue, DSP, index)[0];
        return doubleSamples ? Value.longToDouble(raw) : Value.longToFloat(raw);
    }

    /** Computes {@code frames} frames: {@code compute(frames, in, out)} is {@code compute(in, out, 0, frames)}. */
    public void compute(int frames, float[][] in, float[][] out) {
        compute(in, out, 0, frames);
    }

    /**
     * Computes {@code frames} frames, reading {@code in[c][offset...]} and writing {@code out[c][offset...]}.
     * An input channel that is null or shorter than needed reads as silence past its end; {@code in} may be
     * null when the DSP has no inputs. Interrupting the thread stops the computation between blocks.
     */
    public void compute(float[][] in, float[][] out, int offset, int frames) {
        int given = in == null ? 0 : in.length;
        inBlocks(given, out.length, offset, frames, (done, n) -> {
            for (int c = 0; c < inputs; c++) {
                writeBlock(buffer(c), c < given ? in[c] : null, offset + done, n);
            }
            call(compute, DSP, n, pointers, pointers + 4 * inputs);
            for (int c = 0; c < outputs; c++) {
                readBlock(buffer(inputs + c), out[c], offset + done, n);
            }
        });
    }

    /**
     * Computes {@code frames} frames in double precision for a module compiled with {@code -double}
     * (as {@link #compute(float[][], float[][], int, int)}, without rounding to float on the way).
     */
    public void computeDouble(double[][] in, double[][] out, int offset, int frames) {
        if (!doubleSamples) {
            throw new IllegalStateException("computeDouble needs a module compiled with -double");
        }
        int given = in == null ? 0 : in.length;
        inBlocks(given, out.length, offset, frames, (done, n) -> {
            for (int c = 0; c < inputs; c++) {
                double[] samples = c < given ? in[c] : null;
                int address = buffer(c);
                int available = samples == null ? 0 : Math.max(0, Math.min(n, samples.length - offset - done));
                for (int i = 0; i < available; i++) {
                    memory.writeF64(address + 8 * i, samples[offset + done + i]);
                }
                if (available < n) {
                    memory.fill((byte) 0, address + available * 8, address + n * 8);
                }
            }
            call(compute, DSP, n, pointers, pointers + 4 * inputs);
            for (int c = 0; c < outputs; c++) {
                int address = buffer(inputs + c);
                for (int i = 0; i < n; i++) {
                    out[c][offset + done + i] = memory.readDouble(address + 8 * i);
                }
            }
        });
    }

    /** One block of a computation: {@code n} frames after the {@code done} already computed. */
    private interface Block {
        void run(int done, int n);
    }

    /** Checks the arrays against the DSP, then runs the blocks of at most {@link #MAX_BLOCK} frames, stopping when interrupted. */
    private void inBlocks(int given, int outArrays, int offset, int frames, Block block) {
        if (given > inputs || outArrays != outputs || offset < 0 || frames < 0) {
            throw new IllegalArgumentException("compute: " + given + " input and " + outArrays
                    + " output arrays for a DSP with " + inputs + " inputs and " + outputs + " outputs");
        }
        for (int done = 0; done < frames; done += MAX_BLOCK) {
            if (Thread.currentThread().isInterrupted()) {
                throw new RenderException(Code.INTERRUPTED, "the render was interrupted after " + done + " frames");
            }
            block.run(done, Math.min(MAX_BLOCK, frames - done));
        }
    }

    private void writeBlock(int address, float[] samples, int from, int n) {
        int available = samples == null ? 0 : Math.max(0, Math.min(n, samples.length - from));
        int width = sampleBytes();
        for (int i = 0; i < available; i++) {
            if (doubleSamples) {
                memory.writeF64(address + i * width, samples[from + i]);
            } else {
                memory.writeF32(address + i * width, samples[from + i]);
            }
        }
        if (available < n) {
            memory.fill((byte) 0, address + available * width, address + n * width);
        }
    }

    private void readBlock(int address, float[] samples, int from, int n) {
        if (doubleSamples) {
            for (int i = 0; i < n; i++) {
                samples[from + i] = (float) memory.readDouble(address + 8 * i);
            }
        } else {
            for (int i = 0; i < n; i++) {
                samples[from + i] = memory.readFloat(address + 4 * i);
            }
        }
    }

    private int buffer(int channel) {
        return buffers + channel * MAX_BLOCK * sampleBytes();
    }

    private int sampleBytes() {
        return doubleSamples ? 8 : 4;
    }

    private static int align16(int n) {
        return (n + 15) & ~15;
    }

    private static long[] call(ExportFunction function, long... args) {
        try {
            return function.apply(args);
        } catch (ChicoryInterruptedException e) {
            throw new RenderException(Code.INTERRUPTED, "the render was interrupted", e);
        } catch (ChicoryException e) {
            throw new RenderException(Code.WASM_TRAP, "the DSP failed: " + e.getMessage(), e);
        }
    }
}
