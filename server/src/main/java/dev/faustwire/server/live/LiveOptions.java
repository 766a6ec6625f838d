package dev.faustwire.server.live;

/**
 * How the live session is reached: who may control it, the OSC port (0 = no OSC, -1 = the default
 * 5510) and the host name put in the remote page's address (the QR code).
 */
public record LiveOptions(LiveAccess access, int oscPort, String advertisedHost) {
    /** Default OSC port, as libOSCFaust's. */
    public static final int DEFAULT_OSC_PORT = 5510;

    public LiveOptions {
        java.util.Objects.requireNonNull(access, "access");
        if (advertisedHost == null || advertisedHost.isBlank()) {
            advertisedHost = "127.0.0.1";
        }
    }

    /** An open server on 127.0.0.1 without OSC: what the plain create(...) methods use. */
    public static LiveOptions local() {
        return new LiveOptions(LiveAccess.open(), 0, "127.0.0.1");
    }
}
