package dev.faustwire.gen.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens a parser reads, its position, the problems it found, and the moves it makes: look, take,
 * expect, and skip to the next statement after a syntax error.
 */
abstract class TokenReader {
    /** A syntax problem: its line and message. */
    record Problem(int line, String message) {
    }

    final List<Token> tokens;
    final List<Problem> problems = new ArrayList<>();
    int pos;

    void recover(int start) {
        if (pos == start) {
            pos++;
        }
        int depth = 0;
        while (peek().kind() != Token.Kind.END) {
            Token t = peek();
            if (t.is("{")) {
                depth++;
            } else if (t.is("}")) {
                if (depth == 0) {
                    if (pos > start) {
                        return;
                    }
                } else {
                    depth--;
                    if (depth == 0) {
                        next();
                        return;
                    }
                }
            } else if (t.is(";") && depth == 0) {
                next();
                return;
            }
            next();
        }
    }

    Token peek() {
        return tokens.get(Math.min(pos, tokens.size() - 1));
    }

    Token peekAt(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    Token next() {
        Token t = peek();
        if (pos < tokens.size() - 1) {
            pos++;
        }
        return t;
    }

    boolean accept(String symbol) {
        if (peek().kind() == Token.Kind.SYMBOL && peek().text().equals(symbol)) {
            next();
            return true;
        }
        return false;
    }

    Token expect(String symbol) {
        if (peek().kind() == Token.Kind.SYMBOL && peek().text().equals(symbol)) {
            return next();
        }
        throw new SyntaxError(peek().line(), "expected " + symbol + " but found " + describe(peek()));
    }

    String expectName(String what) {
        if (peek().kind() != Token.Kind.NAME) {
            throw new SyntaxError(peek().line(), "expected " + what + " but found " + describe(peek()));
        }
        return next().text();
    }

    static String describe(Token t) {
        switch (t.kind()) {
            case END:
                return "the end of the code";
            case STRING:
                return "a string";
            default:
                return "'" + t.text() + "'";
        }
    }

    /** A syntax error, thrown up to the statement being read. */
    static final class SyntaxError extends RuntimeException {
        final int line;

        SyntaxError(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    TokenReader(List<Token> tokens) {
        this.tokens = tokens;
    }
}
