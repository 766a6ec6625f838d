package dev.faustwire.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code serve --osc-port P}: 5510 by default as libOSCFaust, 0 for no OSC, nothing out of UDP's range. */
class ServeOscPortTest {
    private static int port(String... args) {
        return ServeCommand.oscPort(CliArgs.parse(List.of(args), "token"));
    }

    @Test
    void defaultsTo5510_zeroTurnsItOff() {
        assertEquals(5510, port());
        assertEquals(0, port("--osc-port", "0"));
        assertEquals(9000, port("--osc-port", "9000"));
        assertTrue(ServeCommand.oscRule(0).contains("off"));
        assertTrue(ServeCommand.oscRule(5510).contains("5511"));
    }

    @Test
    void refusesPortsOutOfRange() {
        assertThrows(UsageException.class, () -> port("--osc-port", "-1"));
        assertThrows(UsageException.class, () -> port("--osc-port", "65534"));
        assertThrows(UsageException.class, () -> port("--osc-port", "many"));
    }
}
