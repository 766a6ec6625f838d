package dev.faustwire.server.osc;

import com.illposed.osc.BufferBytesReceiver;
import com.illposed.osc.OSCMessage;
import com.illposed.osc.OSCPacket;
import com.illposed.osc.OSCParser;
import com.illposed.osc.OSCSerializerAndParserBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A test's OSC controller on 127.0.0.1: it holds the reply and error ports (base+1, base+2) of a free
 * triple of UDP ports and sends from its own socket, as TouchOSC or Pd would.
 */
final class OscClient implements AutoCloseable {
    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final Random PORTS = new Random();

    final int base;
    final DatagramSocket out;
    final DatagramSocket err;
    final DatagramSocket sender;
    private final OSCParser parser = new OSCSerializerAndParserBuilder().buildParser();

    private OscClient(int base, DatagramSocket out, DatagramSocket err) throws SocketException {
        this.base = base;
        this.out = out;
        this.err = err;
        this.sender = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
    }

    /** Finds a base port whose in, out and error ports are free (never 5510), holding out and error. */
    static OscClient onFreePorts() throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            int base = 20000 + PORTS.nextInt(30000);
            DatagramSocket in = null;
            DatagramSocket out = null;
            DatagramSocket err = null;
            try {
                in = new DatagramSocket(new InetSocketAddress(LOOPBACK, base));
                out = new DatagramSocket(new InetSocketAddress(LOOPBACK, base + 1));
                err = new DatagramSocket(new InetSocketAddress(LOOPBACK, base + 2));
                in.close();
                return new OscClient(base, out, err);
            } catch (SocketException busy) {
                for (DatagramSocket s : new DatagramSocket[] {in, out, err}) {
                    if (s != null) {
                        s.close();
                    }
                }
            }
        }
        throw new IOException("no free UDP port triple");
    }

    void send(String address, Object... args) {
        sendBytes(base, encode(address, args));
    }

    void sendTo(int port, String address, Object... args) {
        sendBytes(port, encode(address, args));
    }

    /**
     * A message written out by hand (javaosc refuses pattern addresses in the messages it builds): strings,
     * floats, ints, longs and doubles.
     */
    static byte[] encode(String address, Object... args) {
        StringBuilder tags = new StringBuilder(",");
        java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
        for (Object a : args) {
            ByteBuffer b;
            if (a instanceof String s) {
                tags.append('s');
                b = ByteBuffer.wrap(padded(s));
            } else if (a instanceof Float f) {
                tags.append('f');
                b = ByteBuffer.allocate(4).putFloat(f);
            } else if (a instanceof Integer i) {
                tags.append('i');
                b = ByteBuffer.allocate(4).putInt(i);
            } else if (a instanceof Long l) {
                tags.append('h');
                b = ByteBuffer.allocate(8).putLong(l);
            } else {
                tags.append('d');
                b = ByteBuffer.allocate(8).putDouble((Double) a);
            }
            data.writeBytes(b.array());
        }
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        all.writeBytes(padded(address));
        all.writeBytes(padded(tags.toString()));
        all.writeBytes(data.toByteArray());
        return all.toByteArray();
    }

    /** A string, NUL-terminated and padded to four bytes. */
    static byte[] padded(String s) {
        byte[] text = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return Arrays.copyOf(text, (text.length / 4 + 1) * 4);
    }

    void send(int port, OSCPacket packet) {
        sendBytes(port, bytesOf(packet));
    }

    void sendBytes(int port, byte[] bytes) {
        try {
            sender.send(new DatagramPacket(bytes, bytes.length, LOOPBACK, port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytesOf(OSCPacket packet) {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 17);
        try {
            new OSCSerializerAndParserBuilder().buildSerializer(new BufferBytesReceiver(buffer)).write(packet);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        buffer.flip();
        return Arrays.copyOf(buffer.array(), buffer.limit());
    }

    /** The next reply on the out port, or null after {@code millis}. */
    OSCMessage reply(int millis) {
        return receive(out, millis);
    }

    OSCMessage reply() {
        return reply(3000);
    }

    OSCMessage error(int millis) {
        return receive(err, millis);
    }

    /** Every message arriving on a socket until it is quiet for {@code quietMillis}. */
    List<OSCMessage> all(DatagramSocket socket, int quietMillis) {
        List<OSCMessage> messages = new ArrayList<>();
        for (OSCMessage m = receive(socket, quietMillis); m != null; m = receive(socket, quietMillis)) {
            messages.add(m);
        }
        return messages;
    }

    private OSCMessage receive(DatagramSocket socket, int millis) {
        byte[] buffer = new byte[65536];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        try {
            socket.setSoTimeout(millis);
            socket.receive(packet);
            return (OSCMessage) parser.convert(ByteBuffer.wrap(Arrays.copyOf(buffer, packet.getLength())));
        } catch (SocketTimeoutException e) {
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        out.close();
        err.close();
        sender.close();
    }
}
