package dev.faustwire.gen.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {
    private static List<String> texts(String code) {
        List<String> out = new ArrayList<>();
        for (Token t : Lexer.lex(code).tokens()) {
            out.add(t.kind() + ":" + t.text());
        }
        return out;
    }

    @Test
    void numbersInEveryGenSpelling() {
        List<Token> tokens = Lexer.lex("8000. .5 1e-9 2.5E3 1.5f 42").tokens();
        assertEquals(8000.0, tokens.get(0).number());
        assertEquals(0.5, tokens.get(1).number());
        assertEquals(1e-9, tokens.get(2).number());
        assertEquals(2500.0, tokens.get(3).number());
        assertEquals(1.5, tokens.get(4).number());
        assertEquals(42.0, tokens.get(5).number());
        assertEquals(Token.Kind.END, tokens.get(6).kind());
    }

    @Test
    void longestOperatorFirstAndNamesWithDigits() {
        assertEquals(List.of("NAME:a", "SYMBOL:<=", "NAME:b2", "SYMBOL:&&", "SYMBOL:!", "NAME:c_d", "SYMBOL:+=",
                "NUMBER:1", "SYMBOL:^^", "SYMBOL:==", "END:end of code"), texts("a<=b2&&!c_d+=1^^=="));
    }

    @Test
    void commentsAreSkippedAndLinesCounted() {
        List<Token> tokens = Lexer.lex("a = 1; // one\n/* two\nlines */ b\n= \"str\";").tokens();
        assertEquals(1, tokens.get(0).line());
        assertEquals("b", tokens.get(4).text());
        assertEquals(3, tokens.get(4).line());
        assertEquals(Token.Kind.STRING, tokens.get(6).kind());
        assertEquals("str", tokens.get(6).text());
        assertEquals(4, tokens.get(6).line());
    }

    @Test
    void maxEscapesInExprTextAreDropped() {
        assertEquals(List.of("NAME:a", "SYMBOL:,", "NAME:b", "SYMBOL:=", "NUMBER:1", "SYMBOL:;", "END:end of code"),
                texts("a\\, b = 1\\;"));
    }

    @Test
    void aStrayCharacterIsAProblemWithItsLine() {
        Lexer.Result r = Lexer.lex("a = 1;\nb = 2 $ 3;");
        assertEquals("unexpected character '$'", r.error());
        assertEquals(2, r.errorLine());
        assertNull(Lexer.lex("a = 1;").error());
        assertEquals("a /* comment is never closed", Lexer.lex("a /* b").error());
        assertEquals("a string is never closed", Lexer.lex("require(\"x").error());
    }

    @Test
    void aNumberThenANameAndMemberAccess() {
        assertEquals(List.of("NUMBER:2", "NAME:pi", "NAME:d", "SYMBOL:.", "NAME:read", "SYMBOL:(", "SYMBOL:)",
                "END:end of code"), texts("2pi d.read()"));
        assertEquals(List.of("NUMBER:1.", "NAME:e", "END:end of code"), texts("1.e"), "an e without digits is no exponent");
    }

    @Test
    void windowsLineEndsCountOnce() {
        List<Token> tokens = Lexer.lex("a\r\nb\r\n\r\nc").tokens();
        assertEquals(1, tokens.get(0).line());
        assertEquals(2, tokens.get(1).line());
        assertEquals(4, tokens.get(2).line());
    }

    @Test
    void singleQuotedStringsToo() {
        List<Token> tokens = Lexer.lex("interp='linear'").tokens();
        assertEquals(Token.Kind.STRING, tokens.get(2).kind());
        assertEquals("linear", tokens.get(2).text());
    }
}
