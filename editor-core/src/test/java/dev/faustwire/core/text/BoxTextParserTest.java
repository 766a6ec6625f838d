package dev.faustwire.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.text.Token.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests of {@link BoxTextParser} and {@link Token}: names, arguments, attributes, quotes, numbers. */
class BoxTextParserTest {

    private static Token number(String text) {
        return new Token(Kind.NUMBER, text);
    }

    private static Token symbol(String text) {
        return new Token(Kind.SYMBOL, text);
    }

    private static Token string(String text) {
        return new Token(Kind.STRING, text);
    }

    private static final Token PLACEHOLDER = new Token(Kind.PLACEHOLDER, "_");

    @Test
    void nameAlone() {
        assertEquals(new BoxText("+", List.of(), List.of()), BoxTextParser.parse("+"));
    }

    @Test
    void nameWithNumberArgument() {
        assertEquals(new BoxText("*", List.of(number("0.5")), List.of()), BoxTextParser.parse("* 0.5"));
    }

    @Test
    void placeholderArgument() {
        BoxText text = BoxTextParser.parse("/ 1 _");
        assertEquals("/", text.name());
        assertEquals(List.of(number("1"), PLACEHOLDER), text.args());
        assertTrue(text.args().get(1).isPlaceholder());
        assertTrue(text.args().get(0).isNumber());
    }

    @Test
    void placeholderBeforeNumber() {
        assertEquals(new BoxText("en.ar", List.of(PLACEHOLDER, number("0.1")), List.of()),
                BoxTextParser.parse("en.ar _ 0.1"));
    }

    @Test
    void attributesKeepOrderAndValues() {
        BoxText text = BoxTextParser.parse("si.bus 5 @ins 6 @outs 5");
        assertEquals("si.bus", text.name());
        assertEquals(List.of(number("5")), text.args());
        assertEquals(List.of(
                new BoxText.Attribute("ins", List.of(number("6"))),
                new BoxText.Attribute("outs", List.of(number("5")))), text.attributes());
        assertEquals(List.of(number("5")), text.attribute("outs").values());
        assertNull(text.attribute("size"));
    }

    @Test
    void attributeWithSeveralValuesAndNone() {
        BoxText text = BoxTextParser.parse("hslider freq @range 20 2000 @log");
        assertEquals(List.of(symbol("freq")), text.args());
        assertEquals(List.of(
                new BoxText.Attribute("range", List.of(number("20"), number("2000"))),
                new BoxText.Attribute("log", List.of())), text.attributes());
    }

    @Test
    void repeatedAttributeLookupGivesFirst() {
        BoxText text = BoxTextParser.parse("x @a 1 @a 2");
        assertEquals(2, text.attributes().size());
        assertEquals(List.of(number("1")), text.attribute("a").values());
    }

    @Test
    void atSignAloneIsANameNotAnAttribute() {
        assertEquals(new BoxText("@", List.of(number("64")), List.of()), BoxTextParser.parse("@ 64"));
    }

    @Test
    void atSignWithoutLetterIsAnArgument() {
        BoxText text = BoxTextParser.parse("foo @ 64 @1x");
        assertEquals(List.of(symbol("@"), number("64"), symbol("@1x")), text.args());
        assertEquals(List.of(), text.attributes());
    }

    @Test
    void firstWordIsNameEvenWhenItLooksLikeAnAttribute() {
        BoxText text = BoxTextParser.parse("@ins 3");
        assertEquals("@ins", text.name());
        assertEquals(List.of(number("3")), text.args());
        assertEquals(List.of(), text.attributes());
    }

    @Test
    void quotedTokensKeepSpacesAndEscapes() {
        BoxText text = BoxTextParser.parse("msg \"hello  world\" \"say \\\"hi\\\"\" \"a\\\\b\"");
        assertEquals(List.of(string("hello  world"), string("say \"hi\""), string("a\\b")), text.args());
    }

    @Test
    void quotedNumberAndAttributeAreStrings() {
        BoxText text = BoxTextParser.parse("x \"5\" \"@ins\" \"_\" \"\"");
        assertEquals(List.of(string("5"), string("@ins"), string("_"), string("")), text.args());
        assertEquals(List.of(), text.attributes());
    }

    @Test
    void quotedName() {
        BoxText text = BoxTextParser.parse("  \"my box\"\t1 ");
        assertEquals("my box", text.name());
        assertEquals(List.of(number("1")), text.args());
    }

    @Test
    void unclosedQuoteThrows() {
        BoxTextException e = assertThrows(BoxTextException.class, () -> BoxTextParser.parse("msg \"abc"));
        assertEquals("unclosed quote in \"msg \"abc\"", e.getMessage());
        assertThrows(BoxTextException.class, () -> BoxTextParser.parse("\""));
        assertThrows(BoxTextException.class, () -> BoxTextParser.parse("x \"ends with escape\\\""));
    }

    @Test
    void quoteInsideWordIsPartOfIt() {
        assertEquals(List.of(symbol("a\"b"), symbol("c\"")), BoxTextParser.tokenize("a\"b c\""));
    }

    @Test
    void emptyAndBlankTextGiveEmptyName() {
        assertEquals(new BoxText("", List.of(), List.of()), BoxTextParser.parse(""));
        assertEquals(new BoxText("", List.of(), List.of()), BoxTextParser.parse("  \t\n "));
    }

    @Test
    void tokenizeSplitsOnAnyWhiteSpace() {
        assertEquals(List.of(symbol("a"), number("1"), symbol("b")), BoxTextParser.tokenize(" a\t1\n\r b  "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.5", ".5", "5.", "-3", "+2", "1e3", "1E-3", "-.5", "+.5", "5.e3", "007"})
    void wordsThatAreNumbers(String word) {
        assertEquals(Kind.NUMBER, Token.of(word).kind(), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1a", "-", "+", "1e", "e3", "0x10", "1.2.3", "os.osc", "ma.SR", "inf", "NaN"})
    void wordsThatAreSymbols(String word) {
        assertEquals(Kind.SYMBOL, Token.of(word).kind(), word);
    }

    @Test
    void placeholderWord() {
        assertEquals(PLACEHOLDER, Token.of("_"));
        assertEquals(Kind.SYMBOL, Token.of("__").kind());
    }

    @Test
    void dotAloneIsNotANumber() {
        // "." is none of: a JSON number, a leading '+', ".5" or "5."; it is read as "0.0".
        assertEquals(Kind.SYMBOL, Token.of(".").kind());
        assertEquals(Kind.SYMBOL, Token.of("-.").kind());
    }

    @Test
    void doubleSignIsNotANumber() {
        // Only one sign is allowed; the parser strips one and accepts the rest as a JSON number.
        assertEquals(Kind.SYMBOL, Token.of("--1").kind());
        assertEquals(Kind.SYMBOL, Token.of("+-1").kind());
    }

    @Test
    void numberTokensKeepTheirWrittenText() {
        assertEquals(List.of(number(".5"), number("5."), number("+2")), BoxTextParser.parse("f .5 5. +2").args());
    }
}
