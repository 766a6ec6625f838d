package dev.faustwire.gen.expr;

import dev.faustwire.gen.expr.Ast.Arg;
import dev.faustwire.gen.expr.Ast.Expr;
import dev.faustwire.gen.expr.Ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser of GenExpr with Gen's (C's) precedence. A syntax error is recorded with its
 * line and the parser skips to the next {@code ;} or {@code }} so one mistake reports once.
 */
final class Parser extends TokenReader {

    private static final String[][] LEVELS = {
        {"||"}, {"^^"}, {"&&"}, {"|"}, {"^"}, {"&"}, {"==", "!="}, {"<", "<=", ">", ">="}, {"<<", ">>"},
        {"+", "-"}, {"*", "/", "%"}
    };
    private static final String[] ASSIGN_OPS = {"=", "+=", "-=", "*=", "/=", "%="};
    private static final String[] DECL_TYPES = {"History", "Param", "Delay", "Data", "Buffer"};
    private int callIds;

    private Parser(List<Token> tokens, int firstCallId) {
        super(tokens);
        this.callIds = firstCallId;
    }

    /** A parsed text, its problems (lexical and syntactic) and the next free call-site id. */
    record Result(Ast.Program program, List<Problem> problems, int nextCallId) {
    }

    /** Parses GenExpr text; call sites are numbered from {@code firstCallId}. */
    static Result parse(String text, int firstCallId) {
        Lexer.Result lexed = Lexer.lex(text);
        Parser parser = new Parser(lexed.tokens(), firstCallId);
        if (lexed.error() != null) {
            parser.problems.add(new Problem(lexed.errorLine(), lexed.error()));
        }
        Ast.Program program = parser.program();
        return new Result(program, parser.problems, parser.callIds);
    }

    private Ast.Program program() {
        List<Ast.Function> functions = new ArrayList<>();
        List<Stmt> statements = new ArrayList<>();
        while (peek().kind() != Token.Kind.END) {
            int start = pos;
            try {
                if (isFunctionDefinition()) {
                    functions.add(function());
                } else {
                    statements.add(statement());
                }
            } catch (SyntaxError e) {
                problems.add(new Problem(e.line, e.getMessage()));
                recover(start);
            }
        }
        return new Ast.Program(functions, statements);
    }

    private boolean isFunctionDefinition() {
        if (peek().kind() != Token.Kind.NAME || !peekAt(1).is("(")) {
            return false;
        }
        String word = peek().text();
        if (word.equals("if") || word.equals("for") || word.equals("while") || word.equals("return")
                || word.equals("require")) {
            return false;
        }
        int depth = 0;
        for (int i = pos + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.END) {
                return false;
            }
            if (t.is("(")) {
                depth++;
            } else if (t.is(")")) {
                depth--;
                if (depth == 0) {
                    return i + 1 < tokens.size() && tokens.get(i + 1).is("{");
                }
            }
        }
        return false;
    }

    private Ast.Function function() {
        Token name = next();
        expect("(");
        List<Ast.Param> params = new ArrayList<>();
        if (!peek().is(")")) {
            do {
                String param = expectName("a parameter name");
                Expr defaultValue = null;
                if (accept("=")) {
                    defaultValue = expression();
                }
                params.add(new Ast.Param(param, defaultValue));
            } while (accept(","));
        }
        expect(")");
        Ast.Block body = block();
        return new Ast.Function(name.text(), params, body, name.line());
    }

    private Ast.Block block() {
        Token open = expect("{");
        List<Stmt> body = new ArrayList<>();
        while (!peek().is("}")) {
            if (peek().kind() == Token.Kind.END) {
                throw new SyntaxError(open.line(), "a { is never closed");
            }
            int start = pos;
            try {
                body.add(statement());
            } catch (SyntaxError e) {
                problems.add(new Problem(e.line, e.getMessage()));
                recover(start);
            }
        }
        expect("}");
        return new Ast.Block(body, open.line());
    }

    private Stmt statement() {
        Token t = peek();
        int line = t.line();
        if (t.is("{")) {
            return block();
        }
        if (t.is(";")) {
            next();
            return new Ast.Block(List.of(), line);
        }
        if (t.kind() == Token.Kind.NAME) {
            switch (t.text()) {
                case "if": {
                    next();
                    expect("(");
                    Expr cond = expression();
                    expect(")");
                    Stmt then = statement();
                    Stmt otherwise = null;
                    if (peek().is("else")) {
                        next();
                        otherwise = statement();
                    }
                    return new Ast.If(cond, then, otherwise, line);
                }
                case "for": {
                    next();
                    expect("(");
                    Stmt init = peek().is(";") ? null : simpleStatement();
                    expect(";");
                    Expr cond = peek().is(";") ? null : expression();
                    expect(";");
                    Stmt step = peek().is(")") ? null : simpleStatement();
                    expect(")");
                    return new Ast.For(init, cond, step, statement(), line);
                }
                case "while": {
                    next();
                    expect("(");
                    Expr cond = expression();
                    expect(")");
                    return new Ast.While(cond, statement(), line);
                }
                case "break":
                case "continue":
                    next();
                    endOfStatement();
                    return new Ast.Jump(t.text().equals("break"), line);
                case "return": {
                    next();
                    List<Expr> values = new ArrayList<>();
                    if (!peek().is(";") && !peek().is("}")) {
                        values.add(expression());
                        while (accept(",")) {
                            values.add(expression());
                        }
                    }
                    endOfStatement();
                    return new Ast.Return(values, line);
                }
                case "require": {
                    next();
                    boolean paren = accept("(");
                    Token name = next();
                    if (name.kind() != Token.Kind.STRING && name.kind() != Token.Kind.NAME) {
                        throw new SyntaxError(name.line(), "require needs a library name, found " + describe(name));
                    }
                    if (paren) {
                        expect(")");
                    }
                    endOfStatement();
                    return new Ast.Require(name.text(), line);
                }
                default:
                    if (isDeclaration()) {
                        Stmt decl = declaration();
                        endOfStatement();
                        return decl;
                    }
            }
        }
        Stmt simple = simpleStatement();
        endOfStatement();
        return simple;
    }

    private boolean isDeclaration() {
        Token t = peek();
        if (t.kind() != Token.Kind.NAME || peekAt(1).kind() != Token.Kind.NAME) {
            return false;
        }
        for (String type : DECL_TYPES) {
            if (t.text().equals(type) || t.text().equals(type.toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    private Stmt declaration() {
        Token type = next();
        String canonical = type.text().substring(0, 1).toUpperCase() + type.text().substring(1);
        List<Ast.DeclItem> items = new ArrayList<>();
        do {
            Token name = peek();
            String id = expectName("a name to declare");
            List<Arg> args = List.of();
            if (peek().is("(")) {
                next();
                args = arguments();
            }
            items.add(new Ast.DeclItem(id, args, name.line()));
        } while (accept(","));
        return new Ast.Decl(canonical, items, type.line());
    }

    /** An assignment or an expression, without its ending {@code ;} (also a {@code for}'s init and step). */
    private Stmt simpleStatement() {
        int start = pos;
        int line = peek().line();
        if (peek().kind() == Token.Kind.NAME) {
            List<String> targets = new ArrayList<>();
            targets.add(next().text());
            while (peek().is(",") && peekAt(1).kind() == Token.Kind.NAME) {
                next();
                targets.add(next().text());
            }
            for (String op : ASSIGN_OPS) {
                if (peek().is(op) && (targets.size() == 1 || op.equals("="))) {
                    next();
                    List<Expr> values = new ArrayList<>();
                    values.add(expression());
                    while (accept(",")) {
                        values.add(expression());
                    }
                    return new Ast.Assign(targets, op, values, line);
                }
            }
            pos = start;
        }
        Expr expr = expression();
        return new Ast.ExprStmt(expr, line);
    }

    private void endOfStatement() {
        if (accept(";")) {
            return;
        }
        // the last statement of a block or of the code may go without its ;
        if (peek().is("}") || peek().kind() == Token.Kind.END) {
            return;
        }
        throw new SyntaxError(peek().line(), "expected ; but found " + describe(peek()));
    }

    Expr expression() {
        Expr cond = binary(0);
        if (peek().is("?")) {
            Token q = next();
            Expr then = expression();
            expect(":");
            Expr otherwise = expression();
            return new Ast.Ternary(cond, then, otherwise, q.line());
        }
        return cond;
    }

    private Expr binary(int level) {
        if (level == LEVELS.length) {
            return unary();
        }
        Expr left = binary(level + 1);
        while (true) {
            String op = null;
            for (String candidate : LEVELS[level]) {
                if (peek().kind() == Token.Kind.SYMBOL && peek().text().equals(candidate)) {
                    op = candidate;
                }
            }
            if (op == null) {
                return left;
            }
            Token t = next();
            Expr right = binary(level + 1);
            left = new Ast.Binary(op, left, right, t.line());
        }
    }

    private Expr unary() {
        Token t = peek();
        if (t.kind() == Token.Kind.SYMBOL && (t.is("-") || t.is("!") || t.is("+") || t.is("~"))) {
            next();
            return new Ast.Unary(t.text(), unary(), t.line());
        }
        return postfix();
    }

    private Expr postfix() {
        Token t = peek();
        if (t.kind() == Token.Kind.SYMBOL && !t.is("(") || t.kind() == Token.Kind.END) {
            throw new SyntaxError(t.line(), "expected a value but found " + describe(t));
        }
        next();
        switch (t.kind()) {
            case NUMBER:
                return new Ast.Num(t.number(), t.line());
            case STRING:
                return new Ast.Str(t.text(), t.line());
            case NAME:
                if (peek().is("(")) {
                    next();
                    return new Ast.Call(null, t.text(), arguments(), t.line(), callIds++);
                }
                if (peek().is(".") && peekAt(1).kind() == Token.Kind.NAME && peekAt(2).is("(")) {
                    next();
                    Token method = next();
                    next();
                    return new Ast.Call(t.text(), method.text(), arguments(), t.line(), callIds++);
                }
                return new Ast.Name(t.text(), t.line());
            default:
                if (t.is("(")) {
                    Expr inner = expression();
                    expect(")");
                    return inner;
                }
                throw new SyntaxError(t.line(), "expected a value but found " + describe(t));
        }
    }

    /** Arguments after an opening parenthesis, up to and including the closing one. */
    private List<Arg> arguments() {
        List<Arg> args = new ArrayList<>();
        if (accept(")")) {
            return args;
        }
        do {
            String name = null;
            if (peek().kind() == Token.Kind.NAME && peekAt(1).is("=") && !peekAt(1).is("==")) {
                name = next().text();
                next();
            }
            args.add(new Arg(name, expression()));
        } while (accept(","));
        expect(")");
        return args;
    }
}
