package dev.faustwire.gen.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts GenExpr text into tokens: numbers ({@code 8000.}, {@code .5}, {@code 1e-9}), names, strings,
 * operators (longest first), skipping {@code //} and {@code /* *}{@code /} comments and the backslashes
 * Max writes before {@code ,} and {@code ;} in an {@code expr} box's text.
 */
final class Lexer {
    private static final String[] SYMBOLS = {
        "<<=", ">>=", "&&", "||", "^^", "==", "!=", "<=", ">=", "<<", ">>", "+=", "-=", "*=", "/=", "%=",
        "+", "-", "*", "/", "%", "<", ">", "=", "!", "?", ":", ";", ",", ".", "(", ")", "{", "}", "[", "]",
        "&", "|", "^", "~"
    };

    private final String text;
    private int pos;
    private int line = 1;
    /** The first problem met, or null. */
    private String error;
    private int errorLine;

    private Lexer(String text) {
        this.text = text;
    }

    /** The tokens of {@code text}, ending with an END token; a character that starts no token is a problem. */
    static Result lex(String text) {
        Lexer lexer = new Lexer(text);
        List<Token> tokens = lexer.run();
        return new Result(tokens, lexer.error, lexer.errorLine);
    }

    /** Tokens, and the first problem (null when none) with its line. */
    record Result(List<Token> tokens, String error, int errorLine) {
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipSpaceAndComments();
            if (pos >= text.length()) {
                tokens.add(new Token(Token.Kind.END, "end of code", 0, line));
                return tokens;
            }
            char c = text.charAt(pos);
            if (isDigit(c) || (c == '.' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1)))) {
                tokens.add(number());
            } else if (isNameStart(c)) {
                int start = pos;
                while (pos < text.length() && isNamePart(text.charAt(pos))) {
                    pos++;
                }
                tokens.add(new Token(Token.Kind.NAME, text.substring(start, pos), 0, line));
            } else if (c == '"' || c == '\'') {
                tokens.add(string(c));
            } else if (c == '\\' && pos + 1 < text.length() && (text.charAt(pos + 1) == ',' || text.charAt(pos + 1) == ';')) {
                pos++;
            } else {
                Token symbol = symbol();
                if (symbol == null) {
                    problem("unexpected character '" + c + "'");
                    pos++;
                } else {
                    tokens.add(symbol);
                }
            }
        }
    }

    private void skipSpaceAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                pos++;
            } else if (text.startsWith("//", pos)) {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (text.startsWith("/*", pos)) {
                int end = text.indexOf("*/", pos + 2);
                int stop = end < 0 ? text.length() : end + 2;
                for (int i = pos; i < stop; i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                    }
                }
                if (end < 0) {
                    problem("a /* comment is never closed");
                }
                pos = stop;
            } else {
                return;
            }
        }
    }

    private Token number() {
        int start = pos;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int mark = pos;
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < text.length() && isDigit(text.charAt(pos))) {
                while (pos < text.length() && isDigit(text.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = mark;
            }
        }
        String literal = text.substring(start, pos);
        // a float suffix as in C (1.5f) is accepted and dropped
        if (pos < text.length() && (text.charAt(pos) == 'f' || text.charAt(pos) == 'F')
                && (pos + 1 >= text.length() || !isNamePart(text.charAt(pos + 1)))) {
            pos++;
        }
        return new Token(Token.Kind.NUMBER, literal, FaustNumber.parse(literal), line);
    }

    private Token string(char quote) {
        int startLine = line;
        pos++;
        StringBuilder value = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != quote) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
            }
            value.append(c);
            pos++;
        }
        if (pos >= text.length()) {
            problem("a string is never closed");
        } else {
            pos++;
        }
        return new Token(Token.Kind.STRING, value.toString(), 0, startLine);
    }

    private Token symbol() {
        for (String s : SYMBOLS) {
            if (text.startsWith(s, pos)) {
                pos += s.length();
                return new Token(Token.Kind.SYMBOL, s, 0, line);
            }
        }
        return null;
    }

    private void problem(String message) {
        if (error == null) {
            error = message;
            errorLine = line;
        }
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c);
    }
}
