package dev.faustwire.gen.expr;

/** One GenExpr token: its kind, its text (the operator or name itself), its value for numbers, its line. */
record Token(Kind kind, String text, double number, int line) {

    /** What a token is. */
    enum Kind {
        NUMBER, NAME, STRING, SYMBOL, END
    }

    boolean is(String symbol) {
        return (kind == Kind.SYMBOL || kind == Kind.NAME) && text.equals(symbol);
    }
}
