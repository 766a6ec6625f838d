package dev.faustwire.server.live;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may control the live session: everyone (a server on 127.0.0.1 without {@code --token}) or only
 * those presenting the token (the QR code carries it), plus the addresses that presented it once (OSC).
 */
public final class LiveAccess {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String token;
    private final boolean trustsThisMachine;
    private final Set<InetAddress> authorized = ConcurrentHashMap.newKeySet();

    private LiveAccess(String token, boolean trustsThisMachine) {
        this.token = token;
        this.trustsThisMachine = trustsThisMachine;
    }

    /** No token needed (server on 127.0.0.1, no --token). */
    public static LiveAccess open() {
        return new LiveAccess(null, true);
    }

    /**
     * Token required to control (--host beyond loopback); clients on this machine (loopback) may still
     * read it from {@code /api/live/info}, so that the editor opened at 127.0.0.1 shows its QR codes.
     */
    public static LiveAccess withToken(String token) {
        return new LiveAccess(checked(token), true);
    }

    /**
     * Token required from everyone, this machine's clients too ({@code --token}: on a machine shared with
     * other users, loopback is not one person); the editor gets it from the address the server printed.
     */
    public static LiveAccess withTokenFromEveryone(String token) {
        return new LiveAccess(checked(token), false);
    }

    private static String checked(String token) {
        Objects.requireNonNull(token, "token");
        if (token.isEmpty()) {
            throw new IllegalArgumentException("empty token");
        }
        return token;
    }

    /** Whether a client on loopback may read the token without presenting it. */
    public boolean trustsThisMachine() {
        return trustsThisMachine;
    }

    /** A fresh random token: 128 bits from SecureRandom, URL-safe base64 without padding. */
    public static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public boolean tokenRequired() {
        return token != null;
    }

    /** The token, null when none is required. */
    public String token() {
        return token;
    }

    /** Whether a presented token opens the session (compared in constant time); true when none is required. */
    public boolean accepts(String presented) {
        if (token == null) {
            return true;
        }
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    /** Remembers an address that presented the token (OSC senders present it once). */
    public void authorize(InetAddress address) {
        if (address != null) {
            authorized.add(address);
        }
    }

    /** True when no token is required, or when this address presented it before. */
    public boolean authorized(InetAddress address) {
        return token == null || (address != null && authorized.contains(address));
    }
}
