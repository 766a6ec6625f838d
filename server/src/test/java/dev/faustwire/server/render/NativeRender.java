package dev.faustwire.server.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The reference renderer: {@code faust -lang c} (single precision) plus a C main built with gcc -O1 and
 * no fast-math, which sets controls by address through the generated UIGlue callbacks and renders in
 * blocks like {@link WasmDsp}. Audio travels through files of raw float32, channel after channel.
 */
final class NativeRender {
    private static final String HARNESS = """
            #include <stdio.h>
            #include <stdlib.h>
            #include <string.h>
            #include <math.h>
            #include "faust/gui/CInterface.h"
            #define max(a, b) ((a < b) ? b : a)
            #define min(a, b) ((a < b) ? a : b)
            #include "mydsp.c"

            #define BLOCK %d
            static char path[8192];
            static int settings;
            static char** names;
            static float* values;
            static int* used;

            static void open_box(void* ui, const char* label) {
                if (strcmp(label, "0x00") != 0) { strcat(path, "/"); strcat(path, label); }
                else { strcat(path, "\\x01"); }
            }
            static void close_box(void* ui) { *strrchr(path, path[strlen(path) - 1] == 1 ? 1 : '/') = 0; }
            static void zone(const char* label, FAUSTFLOAT* z) {
                char full[8192];
                snprintf(full, sizeof full, "%%s/%%s", path, label);
                char* w = full; /* drop the markers of anonymous boxes */
                for (char* r = full; *r; r++) if (*r != 1) *w++ = *r;
                *w = 0;
                for (int i = 0; i < settings; i++) if (strcmp(names[i], full) == 0) { *z = values[i]; used[i] = 1; }
            }
            static void button(void* ui, const char* l, FAUSTFLOAT* z) { zone(l, z); }
            static void slider(void* ui, const char* l, FAUSTFLOAT* z, FAUSTFLOAT i, FAUSTFLOAT lo, FAUSTFLOAT hi, FAUSTFLOAT s) { zone(l, z); }
            static void bargraph(void* ui, const char* l, FAUSTFLOAT* z, FAUSTFLOAT lo, FAUSTFLOAT hi) { }
            static void soundfile(void* ui, const char* l, const char* u, struct Soundfile** z) { }
            static void declare(void* ui, FAUSTFLOAT* z, const char* k, const char* v) { }

            int main(int argc, char** argv) {
                int rate = atoi(argv[1]);
                long frames = atol(argv[2]);
                settings = argc - 5;
                names = argv + 5;
                values = calloc(settings + 1, sizeof(float));
                used = calloc(settings + 1, sizeof(int));
                for (int i = 0; i < settings; i++) {
                    char* eq = strrchr(names[i], '=');
                    *eq = 0;
                    values[i] = (float) strtod(eq + 1, NULL);
                }
                mydsp* dsp = newmydsp();
                int ni = getNumInputsmydsp(dsp), no = getNumOutputsmydsp(dsp);
                initmydsp(dsp, rate);
                UIGlue glue = { NULL, open_box, open_box, open_box, close_box, button, button, slider, slider,
                                slider, bargraph, bargraph, soundfile, declare };
                buildUserInterfacemydsp(dsp, &glue);
                for (int i = 0; i < settings; i++) {
                    if (!used[i]) { fprintf(stderr, "no control %%s\\n", names[i]); return 2; }
                }
                float* in = calloc((size_t) ni * frames + 1, sizeof(float));
                float* out = calloc((size_t) no * frames + 1, sizeof(float));
                if (ni > 0) {
                    FILE* f = fopen(argv[3], "rb");
                    if (!f || fread(in, sizeof(float), (size_t) ni * frames, f) != (size_t) ni * frames) return 3;
                    fclose(f);
                }
                float* ins[ni + 1];
                float* outs[no + 1];
                for (long done = 0; done < frames; done += BLOCK) {
                    int n = frames - done < BLOCK ? (int) (frames - done) : BLOCK;
                    for (int c = 0; c < ni; c++) ins[c] = in + c * frames + done;
                    for (int c = 0; c < no; c++) outs[c] = out + c * frames + done;
                    computemydsp(dsp, n, ins, outs);
                }
                FILE* f = fopen(argv[4], "wb");
                if (!f || fwrite(out, sizeof(float), (size_t) no * frames, f) != (size_t) no * frames) return 4;
                fclose(f);
                return 0;
            }
            """;

    private NativeRender() {}

    /** Renders the program natively: controls by exact address, input channels by frames. */
    static float[][] render(String dsp, int rate, int frames, Map<String, Double> controls, float[][] input) {
        Path dir = Tools.tempDir();
        try {
            Files.writeString(dir.resolve("main.dsp"), dsp);
            Tools.run(dir, List.of(Tools.FAUST, "-lang", "c", "main.dsp", "-o", "mydsp.c"));
            Files.writeString(dir.resolve("harness.c"), HARNESS.formatted(WasmDsp.MAX_BLOCK));
            Tools.run(dir, List.of("gcc", "-O1", "-fwrapv", "-ffp-contract=off", "-o", "harness", "harness.c", "-lm"));
            writeFloats(dir.resolve("in.raw"), input);
            List<String> command = new ArrayList<>(List.of("./harness", Integer.toString(rate),
                    Integer.toString(frames), "in.raw", "out.raw"));
            controls.forEach((address, value) -> command.add(address + "=" + value));
            Tools.run(dir, command);
            return readFloats(dir.resolve("out.raw"), frames);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Tools.delete(dir);
        }
    }

    private static void writeFloats(Path file, float[][] channels) throws IOException {
        int count = 0;
        for (float[] c : channels) {
            count += c.length;
        }
        ByteBuffer bytes = ByteBuffer.allocate(4 * count).order(ByteOrder.nativeOrder());
        for (float[] c : channels) {
            bytes.asFloatBuffer().put(c);
            bytes.position(bytes.position() + 4 * c.length);
        }
        Files.write(file, bytes.array());
    }

    private static float[][] readFloats(Path file, int frames) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.nativeOrder());
        float[][] channels = new float[bytes.capacity() / 4 / frames][frames];
        for (float[] c : channels) {
            bytes.asFloatBuffer().get(c);
            bytes.position(bytes.position() + 4 * frames);
        }
        return channels;
    }
}
