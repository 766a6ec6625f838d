package dev.faustwire.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.server.live.LiveAccess;
import java.util.List;
import org.junit.jupiter.api.Test;

/** serve's token rule: required beyond loopback or with --token, and said on start with the editor's address. */
class ServeCommandTest {
    @Test
    void aTokenIsRequiredBeyondLoopbackOrWithTheFlag() {
        assertFalse(ServeCommand.access(false, "127.0.0.1").tokenRequired());
        assertFalse(ServeCommand.access(false, "localhost").tokenRequired());
        assertTrue(ServeCommand.access(true, "127.0.0.1").tokenRequired(), "--token");
        assertTrue(ServeCommand.access(false, "0.0.0.0").tokenRequired(), "every interface");
        assertTrue(ServeCommand.access(false, "192.0.2.7").tokenRequired());
        assertTrue(ServeCommand.access(false, "::").tokenRequired());
        assertFalse(ServeCommand.access(true, "127.0.0.1").trustsThisMachine(), "--token: loopback presents it too");
        assertFalse(ServeCommand.access(true, "0.0.0.0").trustsThisMachine());
        assertTrue(ServeCommand.access(false, "0.0.0.0").trustsThisMachine(), "the editor at 127.0.0.1 reads it");
        String a = ServeCommand.access(true, "127.0.0.1").token();
        String b = ServeCommand.access(true, "127.0.0.1").token();
        assertFalse(a.equals(b), "a new random token each start");
    }

    @Test
    void theEditorsAddressCarriesTheTokenWhenOneIsRequired() {
        assertEquals("http://192.0.2.7:7070/?token=abc", ServeCommand.editorAddress("192.0.2.7", 7070, LiveAccess.withToken("abc")));
        assertEquals("http://127.0.0.1:7070/", ServeCommand.editorAddress("127.0.0.1", 7070, LiveAccess.open()));
        assertTrue(ServeCommand.tokenRule(LiveAccess.withToken("abc")).contains("needs the token"));
        assertTrue(ServeCommand.tokenRule(LiveAccess.open()).contains("--host or --token"));
    }

    @Test
    void tokenIsAFlagWithoutAValue() {
        CliArgs args = CliArgs.parse(List.of("--token", "--port", "0"), "token");
        assertTrue(args.flag("token"));
        assertEquals("0", args.option("port", "7070"));
    }
}
