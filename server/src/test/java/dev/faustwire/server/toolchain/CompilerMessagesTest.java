package dev.faustwire.server.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link CompilerMessages}: faust's stderr without traces or server paths, shortened, split into errors. */
class CompilerMessagesTest {
    private static final String ARITY = """
            ERROR in sequential composition Osc_2_0:B
            The number of outputs [1] of Osc_2_0 must be equal to the number of inputs [2] of B

            Here  Osc_2_0 = 65536,((((_,(65536 : int) : %)~(_,(1 : mem) : +) : float) : sin) : rdtable;
            has 1 output

            while B = _,_;
            has 2 inputs""";

    // ---- clean: stack traces ----

    @Test
    void dropsTheStackTraceButKeepsWhatCameBeforeAndAfter() {
        String stderr = """
                terminate called after throwing an instance of 'faustexception'
                  what():  ERROR : eval not a valid route expression
                ====== stack trace start ======
                0   faust                               0x00000001 _ZN5Faust7compileEv + 42
                1   libfaust.so.2                       0x00000002 /usr/lib/x86_64-linux-gnu/libfaust.so.2
                ====== stack trace stop ======
                Aborted""";

        assertEquals("""
                terminate called after throwing an instance of 'faustexception'
                  what():  ERROR : eval not a valid route expression
                Aborted""", CompilerMessages.clean(stderr));
    }

    @Test
    void dropsSeveralStackTraces() {
        String stderr = "a\n====== stack trace start ======\nx\n====== stack trace stop ======\nb\n"
                + "====== stack trace start ======\ny\nz\n====== stack trace stop ======\nc\n";

        assertEquals("a\nb\nc", CompilerMessages.clean(stderr));
    }

    @Test
    void anUnendedStackTraceDropsTheRest() {
        assertEquals("before", CompilerMessages.clean("before\n====== stack trace start ======\n0 faust\n1 libc\n"));
    }

    // Regression: a line that merely contains the words "stack trace start" (a slider label quoted by an
    // arity error, text the user controls) is not the marker faust prints, and must not hide what follows.
    @Test
    void aLabelThatMentionsAStackTraceIsNotATrace() {
        String stderr = "ERROR in sequential composition A:B\n"
                + "Here  A = hslider(\"stack trace start\", 0.0f, 0.0f, 1.0f, 0.1f);\n"
                + "has 1 output\n\nwhile B = _,_;\nhas 2 inputs";

        assertEquals(stderr, CompilerMessages.clean(stderr));
    }

    // ---- clean: server paths ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /usr/share/faust/filters.lib : 12 : ERROR : boom       | filters.lib : 12 : ERROR : boom
            /usr/local/share/faust/maths.lib : 3 : ERROR : boom    | maths.lib : 3 : ERROR : boom
            /share/faust/stdfaust.lib : 3 : ERROR : boom           | stdfaust.lib : 3 : ERROR : boom
            /job/main.dsp : 1 : ERROR : undefined symbol : oscc    | main.dsp : 1 : ERROR : undefined symbol : oscc
            /tmp/faustwire-job-123/work/main.dsp : 2 : ERROR : x   | main.dsp : 2 : ERROR : x
            /tmp/faustwire-job-8841712.tmp/main.dsp : 2 : ERROR : x | main.dsp : 2 : ERROR : x
            ERROR : unable to open file /job/nothing.lib           | ERROR : unable to open file nothing.lib
            library path /usr/local/share/faust is searched         | library path (libraries) is searched
            library path /usr/share/faust is searched               | library path (libraries) is searched
            """)
    void removesServerPaths(String line, String expected) {
        assertEquals(expected, CompilerMessages.clean(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ERROR : unable to open file /etc/passwd
            ERROR : unable to open file /home/ann/job/x.lib
            ERROR : unable to open file ./job/x.lib
            ERROR : unable to open file /tmp/mine.lib
            main.dsp : 1 : ERROR : undefined symbol : job
            """)
    void keepsTheUsersOwnPaths(String line) {
        assertEquals(line, CompilerMessages.clean(line));
    }

    @Test
    void removesEveryServerPathOfALine() {
        assertEquals("main.dsp imports maths.lib and filters.lib", CompilerMessages.clean(
                "/job/main.dsp imports /usr/share/faust/maths.lib and /usr/local/share/faust/filters.lib"));
    }

    // ---- clean: long lines and long messages ----

    @Test
    void keepsALineAtTheLimitWhole() {
        String line = "x".repeat(CompilerMessages.LINE_LIMIT);

        assertEquals(line, CompilerMessages.clean(line));
    }

    @Test
    void shortensALongLineAndSaysHowMuchWasLeftOut() {
        String line = "Here  Osc_2_0 = " + "(_,1 : +)".repeat(1000) + ";";

        String shortened = CompilerMessages.clean(line);

        int left = line.length() - CompilerMessages.KEPT_OF_LONG_LINE;
        assertEquals(line.substring(0, CompilerMessages.KEPT_OF_LONG_LINE) + " ... (" + left + " more characters)",
                shortened);
        assertEquals(9017 - 160, left);
    }

    @ParameterizedTest
    @CsvSource({"241", "1000", "65536", "999999"})
    void aShortenedLineIsNeverOverTheLimit(int length) {
        String shortened = CompilerMessages.shorten("y".repeat(length));

        assertTrue(shortened.length() <= CompilerMessages.LINE_LIMIT, shortened.length() + " characters");
        assertTrue(shortened.endsWith("(" + (length - CompilerMessages.KEPT_OF_LONG_LINE) + " more characters)"),
                shortened);
    }

    @Test
    void shortensEachLongLineOnItsOwn() {
        String text = "ERROR in sequential composition A:B\n" + "a".repeat(500) + "\nhas 1 output\n" + "b".repeat(300);

        String[] lines = CompilerMessages.clean(text).split("\n");

        assertEquals(4, lines.length);
        assertEquals("a".repeat(160) + " ... (340 more characters)", lines[1]);
        assertEquals("has 1 output", lines[2]);
        assertEquals("b".repeat(160) + " ... (140 more characters)", lines[3]);
    }

    @Test
    void doesNotCutACharacterOutsideTheBasicPlaneInTwo() {
        String line = "x".repeat(CompilerMessages.KEPT_OF_LONG_LINE - 1) + "\uD83C\uDFB5" + "z".repeat(200);

        String shortened = CompilerMessages.shorten(line);

        assertEquals("x".repeat(159) + " ... (" + (line.length() - 159) + " more characters)", shortened);
    }

    @Test
    void capsTheWholeMessage() {
        String text = ("main.dsp : 1 : ERROR : " + "q".repeat(100) + "\n").repeat(200);

        String cleaned = CompilerMessages.clean(text);

        assertEquals(CompilerMessages.MESSAGE_LIMIT + "\n... (message cut)".length(), cleaned.length());
        assertEquals(text.substring(0, CompilerMessages.MESSAGE_LIMIT), cleaned.substring(0, 4000));
        assertTrue(cleaned.endsWith("\n... (message cut)"), cleaned);
    }

    @Test
    void leavesAMessageAtTheCapWhole() {
        String text = "e".repeat(200) + ("\n" + "e".repeat(199)).repeat(19);
        assertEquals(CompilerMessages.MESSAGE_LIMIT, text.length());

        assertEquals(text, CompilerMessages.clean(text));
    }

    // Regression: when the 4000th character is the first half of an emoji (a label quoted by faust), the
    // cut must not leave a lone high surrogate, which is not valid Unicode and cannot be encoded as UTF-8.
    @Test
    void theMessageCutDoesNotSplitACharacterOutsideTheBasicPlane() {
        String line = "e".repeat(199) + "\n";
        String text = line.repeat(19) + "e".repeat(199) + "\uD83C\uDFB5" + "\nmore";

        String cleaned = CompilerMessages.clean(text);

        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            boolean paired = Character.isHighSurrogate(c)
                    ? i + 1 < cleaned.length() && Character.isLowSurrogate(cleaned.charAt(i + 1))
                    : !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(cleaned.charAt(i - 1));
            assertTrue(paired, "a lone surrogate at " + i);
        }
    }

    @Test
    void stripsBlankLinesAtTheEnds() {
        assertEquals("main.dsp : 1 : ERROR : x", CompilerMessages.clean("\n\nmain.dsp : 1 : ERROR : x\n\n"));
    }

    @Test
    void cleansNothingToNothing() {
        assertEquals("", CompilerMessages.clean(""));
    }

    // ---- errors ----

    @Test
    void readsTheFileAndLineOfALineError() {
        assertEquals(List.of(new CompilerError("main.dsp", 1, "undefined symbol : oscc")),
                CompilerMessages.errors("main.dsp : 1 : ERROR : undefined symbol : oscc"));
    }

    @Test
    void splitsSeveralErrors() {
        String cleaned = """
                main.dsp : 3 : ERROR : undefined symbol : oscc
                filters.lib : 12 : ERROR : syntax error, unexpected IDENT
                ERROR : unable to open file /etc/passwd""";

        assertEquals(List.of(
                new CompilerError("main.dsp", 3, "undefined symbol : oscc"),
                new CompilerError("filters.lib", 12, "syntax error, unexpected IDENT"),
                new CompilerError(null, 0, "unable to open file /etc/passwd")),
                CompilerMessages.errors(cleaned));
    }

    @Test
    void keepsAnArityBlockTogether() {
        List<CompilerError> errors = CompilerMessages.errors(ARITY);

        assertEquals(1, errors.size());
        CompilerError error = errors.get(0);
        assertNull(error.file());
        assertEquals(0, error.line());
        assertEquals(ARITY.substring("ERROR ".length()), error.message());
        assertTrue(error.message().startsWith("in sequential composition Osc_2_0:B\n"), error.message());
        assertTrue(error.message().endsWith("while B = _,_;\nhas 2 inputs"), error.message());
    }

    @Test
    void anArityBlockAfterALineErrorIsAnErrorOfItsOwn() {
        List<CompilerError> errors = CompilerMessages.errors(
                "main.dsp : 7 : ERROR : undefined symbol : foo\nsecond line of it\n" + ARITY);

        assertEquals(2, errors.size());
        assertEquals(new CompilerError("main.dsp", 7, "undefined symbol : foo\nsecond line of it"), errors.get(0));
        assertEquals(ARITY.substring("ERROR ".length()), errors.get(1).message());
    }

    @Test
    void anErrorWithoutALocationHasNoFile() {
        assertEquals(List.of(new CompilerError(null, 0, "eval not a valid route expression (2) : route(2,2,1,2,3)")),
                CompilerMessages.errors("ERROR : eval not a valid route expression (2) : route(2,2,1,2,3)"));
    }

    @Test
    void aFileNameWithSpacesIsReadWhole() {
        assertEquals(List.of(new CompilerError("my lib.lib", 40, "boom : here")),
                CompilerMessages.errors("my lib.lib : 40 : ERROR : boom : here"));
    }

    @Test
    void linesBeforeTheFirstErrorAreNotAnError() {
        assertEquals(List.of(new CompilerError("main.dsp", 2, "x")),
                CompilerMessages.errors("WARNING : something harmless\nmain.dsp : 2 : ERROR : x"));
    }

    @Test
    void textWithoutAnyErrorIsOneErrorOfItsOwn() {
        String crash = "terminate called after throwing an instance of 'std::bad_alloc'\n  what():  std::bad_alloc";

        assertEquals(List.of(new CompilerError(null, 0, crash)), CompilerMessages.errors(crash + "\n\n"));
    }

    @Test
    void nothingIsNoError() {
        assertEquals(List.of(), CompilerMessages.errors(""));
        assertEquals(List.of(), CompilerMessages.errors("  \n\n"));
    }

    @Test
    void cleaningAndSplittingARealCrash() {
        String stderr = "/job/main.dsp : 4 : ERROR : undefined symbol : oscc\n"
                + "====== stack trace start ======\n#0 /usr/lib/libfaust.so\n====== stack trace stop ======\n";

        List<CompilerError> errors = CompilerMessages.errors(CompilerMessages.clean(stderr));

        assertEquals(List.of(new CompilerError("main.dsp", 4, "undefined symbol : oscc")), errors);
        assertFalse(errors.get(0).message().contains("libfaust"));
    }
}
