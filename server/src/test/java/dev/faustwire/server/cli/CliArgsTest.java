package dev.faustwire.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link CliArgs}: splitting positional arguments from options, and the errors of a bad command line. */
class CliArgsTest {

    @Test
    void positionalArgumentsKeepTheirOrder() {
        CliArgs args = CliArgs.parse(List.of("a.json", "b.json"));
        assertEquals(List.of("a.json", "b.json"), args.positional());
        assertEquals(Map.of(), args.options());
    }

    @Test
    void shortOptionTakesTheNextArgument() {
        CliArgs args = CliArgs.parse(List.of("patch.json", "-o", "x"));
        assertEquals(List.of("patch.json"), args.positional());
        assertEquals(Map.of("o", "x"), args.options());
    }

    @Test
    void optionBeforePositionalDoesNotSwallowIt() {
        CliArgs args = CliArgs.parse(List.of("-o", "out.dsp", "patch.json"));
        assertEquals(List.of("patch.json"), args.positional());
        assertEquals("out.dsp", args.option("o", null));
    }

    @Test
    void longOptionLosesBothDashes() {
        CliArgs args = CliArgs.parse(List.of("--port", "1", "--host", "0.0.0.0"));
        assertEquals(List.of(), args.positional());
        assertEquals(Map.of("port", "1", "host", "0.0.0.0"), args.options());
    }

    @Test
    void optionValueMayStartWithADash() {
        CliArgs args = CliArgs.parse(List.of("--port", "-1"));
        assertEquals("-1", args.option("port", null));
        assertEquals(-1, args.intOption("port", 7070));
    }

    @Test
    void loneDashIsPositional() {
        CliArgs args = CliArgs.parse(List.of("-"));
        assertEquals(List.of("-"), args.positional());
        assertEquals(Map.of(), args.options());
    }

    @Test
    void optionWithoutValueIsAUsageError() {
        UsageException e = assertThrows(UsageException.class, () -> CliArgs.parse(List.of("patch.json", "-o")));
        assertEquals("-o needs a value", e.getMessage());
    }

    @Test
    void longOptionWithoutValueIsAUsageError() {
        UsageException e = assertThrows(UsageException.class, () -> CliArgs.parse(List.of("--port")));
        assertEquals("--port needs a value", e.getMessage());
    }

    @Test
    void optionFallsBackWhenAbsent() {
        CliArgs args = CliArgs.parse(List.of());
        assertEquals("127.0.0.1", args.option("host", "127.0.0.1"));
        assertEquals(7070, args.intOption("port", 7070));
    }

    @Test
    void intOptionParsesANumber() {
        assertEquals(8080, CliArgs.parse(List.of("--port", "8080")).intOption("port", 7070));
    }

    @Test
    void intOptionRejectsANonNumber() {
        CliArgs args = CliArgs.parse(List.of("--port", "eighty"));
        UsageException e = assertThrows(UsageException.class, () -> args.intOption("port", 7070));
        assertEquals("--port takes a number, not \"eighty\"", e.getMessage());
    }

    @Test
    void intOptionRejectsANumberTooLargeForAnInt() {
        CliArgs args = CliArgs.parse(List.of("--port", "99999999999"));
        assertThrows(UsageException.class, () -> args.intOption("port", 7070));
    }

    @Test
    void allowOnlyAcceptsKnownOptions() {
        CliArgs args = CliArgs.parse(List.of("--port", "1", "--host", "h"));
        args.allowOnly("port", "host", "workspace");
        assertEquals("h", args.option("host", null));
    }

    @Test
    void allowOnlyRejectsAnUnknownLongOption() {
        CliArgs args = CliArgs.parse(List.of("--port", "1", "--colour", "red"));
        UsageException e = assertThrows(UsageException.class, () -> args.allowOnly("port", "host"));
        assertEquals("unknown option --colour", e.getMessage());
    }

    @Test
    void allowOnlyRejectsAnUnknownShortOption() {
        CliArgs args = CliArgs.parse(List.of("patch.json", "-x", "1"));
        UsageException e = assertThrows(UsageException.class, () -> args.allowOnly("o"));
        assertEquals("unknown option -x", e.getMessage());
    }

    @Test
    void allowOnlyWithNoNamesRejectsEveryOption() {
        CliArgs args = CliArgs.parse(List.of("-o", "x"));
        UsageException e = assertThrows(UsageException.class, args::allowOnly);
        assertTrue(e.getMessage().contains("-o"), e.getMessage());
    }
}
