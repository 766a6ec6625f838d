package dev.faustwire.server.export;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A score for scsynth's non-real-time mode, written without sclang: a SynthDef (SCgf version 2)
 * that plays one UGen with constant inputs into bus 0, and the OSC bundles that load it, start it
 * at time 0 and end the score later.
 */
final class ScScore {
    private static final String DEF = "faustwire_export";
    private static final int AUDIO = 2;

    private ScScore() {
    }

    /** The score file's bytes: the UGen, with these input values, played for {@code seconds}. */
    static byte[] of(String ugen, List<Double> inputs, double seconds) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            packet(out, bundle(0, message("/d_recv", synthDef(ugen, inputs))));
            packet(out, bundle(0, message("/s_new", DEF, 1000, 0, 0)));
            packet(out, bundle(seconds, message("/c_set", 0, 0)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** SCgf 2: constants 0 (the bus) then the inputs; the UGen, then Out.ar(0, ugen). */
    private static byte[] synthDef(String ugen, List<Double> inputs) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBytes("SCgf");
        out.writeInt(2);
        out.writeShort(1);
        pascal(out, DEF);
        out.writeInt(1 + inputs.size());
        out.writeFloat(0);
        for (double input : inputs) {
            out.writeFloat((float) input);
        }
        out.writeInt(0); // parameters
        out.writeInt(0); // parameter names
        out.writeInt(2); // ugens
        pascal(out, ugen);
        out.writeByte(AUDIO);
        out.writeInt(inputs.size());
        out.writeInt(1);
        out.writeShort(0);
        for (int i = 0; i < inputs.size(); i++) {
            out.writeInt(-1);
            out.writeInt(1 + i);
        }
        out.writeByte(AUDIO);
        pascal(out, "Out");
        out.writeByte(AUDIO);
        out.writeInt(2);
        out.writeInt(0);
        out.writeShort(0);
        out.writeInt(-1);
        out.writeInt(0);
        out.writeInt(0);
        out.writeInt(0);
        out.writeShort(0); // variants
        return bytes.toByteArray();
    }

    private static void packet(DataOutputStream out, byte[] packet) throws IOException {
        out.writeInt(packet.length);
        out.write(packet);
    }

    private static byte[] bundle(double seconds, byte[] message) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(padded("#bundle".getBytes(StandardCharsets.US_ASCII)));
        long whole = (long) seconds;
        out.writeLong((whole << 32) + (long) ((seconds - whole) * 4294967296.0));
        out.writeInt(message.length);
        out.write(message);
        return bytes.toByteArray();
    }

    private static byte[] message(String address, Object... arguments) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        StringBuilder tags = new StringBuilder(",");
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        DataOutputStream values = new DataOutputStream(data);
        for (Object argument : arguments) {
            if (argument instanceof Integer number) {
                tags.append('i');
                values.writeInt(number);
            } else if (argument instanceof String text) {
                tags.append('s');
                values.write(padded(text.getBytes(StandardCharsets.US_ASCII)));
            } else {
                byte[] blob = (byte[]) argument;
                tags.append('b');
                values.writeInt(blob.length);
                values.write(blob);
                values.write(new byte[(4 - blob.length % 4) % 4]);
            }
        }
        out.write(padded(address.getBytes(StandardCharsets.US_ASCII)));
        out.write(padded(tags.toString().getBytes(StandardCharsets.US_ASCII)));
        out.write(data.toByteArray());
        return bytes.toByteArray();
    }

    /** An OSC string: its bytes, a zero, then zeros to a multiple of four. */
    private static byte[] padded(byte[] text) {
        byte[] out = new byte[(text.length / 4 + 1) * 4];
        System.arraycopy(text, 0, out, 0, text.length);
        return out;
    }

    private static void pascal(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        out.writeByte(bytes.length);
        out.write(bytes);
    }
}
