package dev.faustwire.server.workspace;

import dev.faustwire.server.workspace.WorkspaceException.Kind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Strong entity tags of patch bytes, and the entity-tag lists of {@code If-Match} and {@code If-None-Match}. */
public final class PatchEtag {
    /** The list that {@code *} stands for: any current version. */
    static final List<String> ANY = List.of("*");

    private PatchEtag() {
    }

    /** The quoted strong ETag of the bytes: the first 128 bits of their SHA-256, in hex. */
    public static String of(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return '"' + HexFormat.of().formatHex(digest, 0, 16) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * The entity tags of a header value as written ({@code "x"} or {@code W/"x"}), {@link #ANY} for {@code *},
     * null when the header is absent; a value that is neither is INVALID.
     */
    static List<String> parse(String header, String name) {
        if (header == null) {
            return null;
        }
        if (header.strip().equals("*")) {
            return ANY;
        }
        List<String> tags = new ArrayList<>();
        int at = 0;
        int end = header.length();
        while (true) {
            at = skip(header, at, " \t,");
            if (at == end) {
                break;
            }
            int start = at;
            if (header.startsWith("W/", at)) {
                at += 2;
            }
            int close = at < end && header.charAt(at) == '"' ? header.indexOf('"', at + 1) : -1;
            if (close < 0 || !isOpaque(header.substring(at + 1, close))) {
                throw malformed(name);
            }
            tags.add(header.substring(start, close + 1));
            at = skip(header, close + 1, " \t");
            if (at < end && header.charAt(at) != ',') {
                throw malformed(name);
            }
        }
        if (tags.isEmpty()) {
            throw malformed(name);
        }
        return List.copyOf(tags);
    }

    /** Strong comparison, as If-Match wants: a weak tag never matches. */
    static boolean strongMatch(List<String> tags, String etag) {
        return tags == ANY || tags.contains(etag);
    }

    /** Weak comparison, as If-None-Match wants: {@code W/"x"} matches {@code "x"}. */
    static boolean weakMatch(List<String> tags, String etag) {
        if (tags == ANY) {
            return true;
        }
        for (String tag : tags) {
            if ((tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static int skip(String text, int at, String skipped) {
        while (at < text.length() && skipped.indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return at;
    }

    /** RFC 9110 etagc: visible ASCII but the quote, or any byte from 0x80. */
    private static boolean isOpaque(String text) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            if (b >= 0 && (b < 0x21 || b == 0x22 || b == 0x7F)) {
                return false;
            }
        }
        return true;
    }

    private static WorkspaceException malformed(String name) {
        return new WorkspaceException(Kind.INVALID, name + " is neither * nor a list of quoted entity tags");
    }
}
