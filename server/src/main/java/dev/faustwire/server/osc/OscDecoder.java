package dev.faustwire.server.osc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads OSC 1.0 packets from bytes, refusing anything malformed with {@link IllegalArgumentException}.
 * javaosc 0.8's parser refuses address patterns ({@code /*}{@code /gain}) in what it receives, so incoming
 * packets are read here; javaosc writes what the server sends. Bundles deeper than {@code maxDepth} are refused.
 */
final class OscDecoder {
    private static final byte[] BUNDLE = "#bundle\0".getBytes(StandardCharsets.US_ASCII);

    private final byte[] data;
    private final int maxDepth;

    private OscDecoder(byte[] data, int maxDepth) {
        this.data = data;
        this.maxDepth = maxDepth;
    }

    /** The packet in these bytes; throws IllegalArgumentException when they are not one. */
    static OscPacket decode(byte[] data, int maxDepth) {
        return new OscDecoder(data, maxDepth).packet(0, data.length, 0);
    }

    private OscPacket packet(int from, int to, int depth) {
        if (to - from < 4 || (to - from) % 4 != 0) {
            throw bad("a packet's length must be a positive multiple of 4, is " + (to - from));
        }
        if (startsWithBundle(from, to)) {
            if (depth >= maxDepth) {
                throw bad("bundles nested deeper than " + maxDepth);
            }
            return bundle(from, to, depth);
        }
        return message(from, to);
    }

    private boolean startsWithBundle(int from, int to) {
        if (to - from < BUNDLE.length) {
            return false;
        }
        for (int i = 0; i < BUNDLE.length; i++) {
            if (data[from + i] != BUNDLE[i]) {
                return false;
            }
        }
        return true;
    }

    private OscPacket bundle(int from, int to, int depth) {
        int at = from + BUNDLE.length + 8;
        if (at > to) {
            throw bad("a bundle without its time tag");
        }
        List<OscPacket> packets = new ArrayList<>();
        while (at < to) {
            int size = int32(at, to);
            at += 4;
            if (size <= 0 || size > to - at) {
                throw bad("a bundle element of size " + size + " where " + (to - at) + " bytes remain");
            }
            packets.add(packet(at, at + size, depth + 1));
            at += size;
        }
        return new OscPacket.Bundle(packets);
    }

    private OscPacket message(int from, int to) {
        int[] at = {from};
        String address = string(at, to);
        if (!address.startsWith("/")) {
            throw bad("an address must start with '/'");
        }
        List<Object> args = new ArrayList<>();
        if (at[0] == to) {
            return new OscPacket.Message(address, args);
        }
        String tags = string(at, to);
        if (!tags.startsWith(",")) {
            throw bad("no type tags after the address");
        }
        for (int i = 1; i < tags.length(); i++) {
            args.add(argument(tags.charAt(i), at, to));
        }
        if (at[0] != to) {
            throw bad("bytes left after the arguments");
        }
        return new OscPacket.Message(address, args);
    }

    private Object argument(char tag, int[] at, int to) {
        switch (tag) {
            case 'i', 'c', 'r', 'm' -> {
                int v = int32(at[0], to);
                at[0] += 4;
                return tag == 'i' ? (Object) v : (Object) ("" + tag + v);
            }
            case 'f' -> {
                float v = Float.intBitsToFloat(int32(at[0], to));
                at[0] += 4;
                return v;
            }
            case 'h', 't' -> {
                long v = int64(at[0], to);
                at[0] += 8;
                return v;
            }
            case 'd' -> {
                double v = Double.longBitsToDouble(int64(at[0], to));
                at[0] += 8;
                return v;
            }
            case 's', 'S' -> {
                return string(at, to);
            }
            case 'b' -> {
                int size = int32(at[0], to);
                at[0] += 4;
                if (size < 0 || size > to - at[0]) {
                    throw bad("a blob of " + size + " bytes where " + (to - at[0]) + " remain");
                }
                byte[] blob = java.util.Arrays.copyOfRange(data, at[0], at[0] + size);
                at[0] += (size + 3) / 4 * 4;
                if (at[0] > to) {
                    throw bad("a blob's padding runs past the end");
                }
                return blob;
            }
            case 'T' -> {
                return Boolean.TRUE;
            }
            case 'F' -> {
                return Boolean.FALSE;
            }
            case 'N', 'I' -> {
                return null;
            }
            default -> throw bad("unknown type tag '" + OscAddressSpace.printable(String.valueOf(tag)) + "'");
        }
    }

    /** A NUL-terminated string padded to 4 bytes, read at {@code at[0]}, which moves past it. */
    private String string(int[] at, int to) {
        int end = at[0];
        while (end < to && data[end] != 0) {
            end++;
        }
        if (end >= to) {
            throw bad("a string without its terminating NUL");
        }
        String s = new String(data, at[0], end - at[0], StandardCharsets.UTF_8);
        at[0] = (end / 4 + 1) * 4;
        if (at[0] > to) {
            throw bad("a string's padding runs past the end");
        }
        return s;
    }

    private int int32(int at, int to) {
        if (at + 4 > to) {
            throw bad("a 32-bit argument runs past the end");
        }
        return (data[at] & 0xff) << 24 | (data[at + 1] & 0xff) << 16 | (data[at + 2] & 0xff) << 8 | data[at + 3] & 0xff;
    }

    private long int64(int at, int to) {
        if (at + 8 > to) {
            throw bad("a 64-bit argument runs past the end");
        }
        return (long) int32(at, to) << 32 | int32(at + 4, to) & 0xffffffffL;
    }

    private static IllegalArgumentException bad(String why) {
        return new IllegalArgumentException("malformed OSC: " + why);
    }
}
