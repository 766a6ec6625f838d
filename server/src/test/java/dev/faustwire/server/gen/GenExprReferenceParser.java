package dev.faustwire.server.gen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.faustwire.server.gen.GenExprReference.Node;

/** The tokenizer and parser of {@link GenExprReference}: its own, sharing nothing with the translator's. */
final class GenExprReferenceParser {
    // ------------------------------------------------------------------ tokens
    private final List<String> tokens = new ArrayList<>();
    private int pos;

    final List<Node> program = new ArrayList<>();
    final Map<String, Node> functions = new HashMap<>();

    private final java.util.function.Function<String, String> libraries;

    private void parseInto(String code) {
        List<String> saved = new ArrayList<>(tokens);
        int savedPos = pos;
        tokens.clear();
        pos = 0;
        tokenize(code);
        while (!peek().equals("<end>")) {
            if (isIdent(peek()) && at(1).equals("(") && isFunctionDef()) {
                Node f = new Node("func", next());
                expect("(");
                Node params = new Node("params", "");
                while (!peek().equals(")")) {
                    Node p = new Node("param", next());
                    if (accept("=")) {
                        p.add(expr());
                    }
                    params.add(p);
                    accept(",");
                }
                expect(")");
                f.add(params).add(block());
                functions.put(f.text, f);
            } else if (peek().equals("require")) {
                next();
                boolean paren = accept("(");
                String name = next();
                if (paren) {
                    expect(")");
                }
                accept(";");
                String text = libraries.apply(name.replace("\"", "") + ".genexpr");
                if (text == null) {
                    throw new IllegalStateException("no library " + name);
                }
                parseInto(text);
            } else {
                program.add(statement());
            }
        }
        tokens.clear();
        tokens.addAll(saved);
        pos = savedPos;
    }

    // ------------------------------------------------------------------ parsing

    private Node statement() {
        String t = peek();
        switch (t) {
            case "{":
                return block();
            case ";":
                next();
                return new Node("empty", "");
            case "if": {
                next();
                expect("(");
                Node n = new Node("if", "").add(expr());
                expect(")");
                n.add(statement());
                if (accept("else")) {
                    n.add(statement());
                }
                return n;
            }
            case "for": {
                next();
                expect("(");
                Node n = new Node("for", "").add(simple());
                expect(";");
                n.add(expr());
                expect(";");
                n.add(simple());
                expect(")");
                return n.add(statement());
            }
            case "while": {
                next();
                expect("(");
                Node n = new Node("while", "").add(expr());
                expect(")");
                return n.add(statement());
            }
            case "break":
            case "continue":
                next();
                accept(";");
                return new Node(t, "");
            case "return": {
                next();
                Node n = new Node("return", "");
                n.add(expr());
                while (accept(",")) {
                    n.add(expr());
                }
                accept(";");
                return n;
            }
            case "History":
            case "Param":
            case "Data":
            case "Delay": {
                next();
                Node n = new Node(t, "");
                do {
                    Node item = new Node("item", next());
                    if (accept("(")) {
                        while (!peek().equals(")")) {
                            if (isIdent(peek()) && at(1).equals("=")) {
                                next();
                                next();
                                expr();
                            } else {
                                item.add(expr());
                            }
                            accept(",");
                        }
                        expect(")");
                    }
                    n.add(item);
                } while (accept(","));
                accept(";");
                return n;
            }
            default: {
                Node n = simple();
                accept(";");
                return n;
            }
        }
    }

    private Node simple() {
        int start = pos;
        Node targets = new Node("targets", "");
        while (isIdent(peek())) {
            targets.add(new Node("name", next()));
            if (!accept(",")) {
                break;
            }
        }
        String op = peek();
        if (!targets.kids.isEmpty() && List.of("=", "+=", "-=", "*=", "/=").contains(op)) {
            next();
            Node n = new Node("assign", op).add(targets);
            n.add(expr());
            while (accept(",")) {
                n.add(expr());
            }
            return n;
        }
        pos = start;
        return new Node("expr", "").add(expr());
    }

    private Node block() {
        expect("{");
        Node b = new Node("block", "");
        while (!accept("}")) {
            b.add(statement());
        }
        return b;
    }

    private static final List<List<String>> LEVELS = List.of(List.of("||"), List.of("&&"), List.of("==", "!="),
            List.of("<", "<=", ">", ">="), List.of("+", "-"), List.of("*", "/", "%"));

    private Node expr() {
        Node c = level(0);
        if (accept("?")) {
            Node a = expr();
            expect(":");
            return new Node("?", "").add(c).add(a).add(expr());
        }
        return c;
    }

    private Node level(int l) {
        if (l == LEVELS.size()) {
            return unary();
        }
        Node left = level(l + 1);
        while (LEVELS.get(l).contains(peek())) {
            String op = next();
            left = new Node("bin", op).add(left).add(level(l + 1));
        }
        return left;
    }

    private Node unary() {
        if (accept("-")) {
            return new Node("neg", "").add(unary());
        }
        if (accept("!")) {
            return new Node("not", "").add(unary());
        }
        String t = next();
        if (t.equals("(")) {
            Node e = expr();
            expect(")");
            return e;
        }
        if (t.startsWith("\"")) {
            return new Node("str", t);
        }
        if (Character.isDigit(t.charAt(0)) || t.charAt(0) == '.') {
            return new Node("num", t);
        }
        String name = t;
        if (peek().equals(".")) {
            next();
            name = t + "." + next();
        }
        if (accept("(")) {
            Node c = new Node("call", name);
            while (!peek().equals(")")) {
                if (isIdent(peek()) && at(1).equals("=")) {
                    String n = next();
                    next();
                    c.add(new Node("named", n).add(expr()));
                } else {
                    c.add(expr());
                }
                accept(",");
            }
            expect(")");
            return c;
        }
        return new Node("name", name);
    }

    private boolean isFunctionDef() {
        if (List.of("if", "for", "while").contains(peek())) {
            return false;
        }
        int depth = 0;
        for (int i = pos + 1; i < tokens.size(); i++) {
            if (tokens.get(i).equals("(")) {
                depth++;
            } else if (tokens.get(i).equals(")") && --depth == 0) {
                return tokens.get(i + 1).equals("{");
            }
        }
        return false;
    }

    private void tokenize(String code) {
        String text = code.replaceAll("//[^\n]*", "").replaceAll("(?s)/\\*.*?\\*/", " ");
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = text.indexOf('"', i + 1);
                tokens.add(text.substring(i, end + 1));
                i = end + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int s = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                tokens.add(text.substring(s, i));
            } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(text.charAt(i + 1)))) {
                int s = i;
                while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.'
                        || text.charAt(i) == 'e' || ((text.charAt(i) == '-') && text.charAt(i - 1) == 'e'))) {
                    i++;
                }
                tokens.add(text.substring(s, i));
            } else {
                String two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
                if (List.of("==", "!=", "<=", ">=", "&&", "||", "+=", "-=", "*=", "/=").contains(two)) {
                    tokens.add(two);
                    i += 2;
                } else {
                    tokens.add(String.valueOf(c));
                    i++;
                }
            }
        }
        tokens.add("<end>");
    }

    private String peek() {
        return tokens.get(pos);
    }

    private String at(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    private String next() {
        return tokens.get(pos++);
    }

    private boolean accept(String t) {
        if (peek().equals(t)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String t) {
        if (!accept(t)) {
            throw new IllegalStateException("expected " + t + " at token " + pos + " but found " + peek());
        }
    }

    private static boolean isIdent(String t) {
        return Character.isLetter(t.charAt(0)) || t.charAt(0) == '_';
    }

    /** Parses the code; {@code require("x")} reads x.genexpr through {@code libraries}. */
    GenExprReferenceParser(String code, java.util.function.Function<String, String> libraries) {
        this.libraries = libraries;
        parseInto(code);
    }
}
