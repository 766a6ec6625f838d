package dev.faustwire.server.live;

/**
 * The OSC ports that are actually bound, as the editor's Remote section shows them: the base port (0
 * when OSC is off) and the in-port that reaches a slot (its own, or the base port for the lowest slot;
 * 0 when none does yet). Told by the OSC service, which live does not depend on.
 */
public interface OscPortsKnown {
    int base();

    int of(int slot);

    /** The ports as configured, for a server whose OSC service is not known (tests of the live routes alone). */
    static OscPortsKnown configured(LiveOptions options) {
        int port = options.oscPort() < 0 ? LiveOptions.DEFAULT_OSC_PORT : options.oscPort();
        return new OscPortsKnown() {
            @Override
            public int base() {
                return port;
            }

            @Override
            public int of(int slot) {
                return port;
            }
        };
    }
}
