package dev.faustwire.gen.expr;

import java.util.List;

/** The GenExpr syntax tree: expressions, statements and function definitions, each with its line. */
final class Ast {
    private Ast() {
    }

    /** An expression. */
    sealed interface Expr permits Num, Str, Name, Unary, Binary, Ternary, Call {
        int line();
    }

    /** A number literal. */
    record Num(double value, int line) implements Expr {
    }

    /** A string literal (an attribute value such as {@code "linear"}, a buffer name). */
    record Str(String value, int line) implements Expr {
    }

    /** A name: a variable, an input, a declared state, a constant. */
    record Name(String name, int line) implements Expr {
    }

    /** A prefix operator: {@code -}, {@code !}, {@code +}, {@code ~}. */
    record Unary(String op, Expr operand, int line) implements Expr {
    }

    /** An infix operator. */
    record Binary(String op, Expr left, Expr right, int line) implements Expr {
    }

    /** {@code cond ? a : b}. */
    record Ternary(Expr cond, Expr then, Expr otherwise, int line) implements Expr {
    }

    /** A call {@code f(x, amp=0.5)}, or a method call {@code d.read(t)} when {@code target} is not null; {@code id} is unique per call site. */
    record Call(String target, String name, List<Arg> args, int line, int id) implements Expr {
    }

    /** One argument of a call, named ({@code interp="linear"}) or not (name null). */
    record Arg(String name, Expr value) {
    }

    /** A statement. */
    sealed interface Stmt permits ExprStmt, Assign, Decl, If, For, While, Jump, Return, Block, Require {
        int line();
    }

    /** An expression evaluated for its effects, such as {@code d.write(x);}. */
    record ExprStmt(Expr expr, int line) implements Stmt {
    }

    /** {@code a = e}, {@code a += e}, {@code a, b = f(x)}, {@code a, b = x, y}. */
    record Assign(List<String> targets, String op, List<Expr> values, int line) implements Stmt {
    }

    /** {@code History h(0), g;}, {@code Param p(0, min=0)}, {@code Delay d(44100)}, {@code Data}, {@code Buffer}. */
    record Decl(String type, List<DeclItem> items, int line) implements Stmt {
    }

    /** One declared name and its constructor arguments. */
    record DeclItem(String name, List<Arg> args, int line) {
    }

    /** {@code if (cond) then else otherwise}; otherwise may be null. */
    record If(Expr cond, Stmt then, Stmt otherwise, int line) implements Stmt {
    }

    /** {@code for (init; cond; step) body}; each part may be null. */
    record For(Stmt init, Expr cond, Stmt step, Stmt body, int line) implements Stmt {
    }

    /** {@code while (cond) body}. */
    record While(Expr cond, Stmt body, int line) implements Stmt {
    }

    /** {@code break} or {@code continue}. */
    record Jump(boolean isBreak, int line) implements Stmt {
    }

    /** {@code return a, b;}. */
    record Return(List<Expr> values, int line) implements Stmt {
    }

    /** {@code { ... }}. */
    record Block(List<Stmt> body, int line) implements Stmt {
    }

    /** {@code require("lib")} or {@code require "lib"}. */
    record Require(String library, int line) implements Stmt {
    }

    /** A function {@code name(a, b=0.5) { body }}. */
    record Function(String name, List<Param> params, Block body, int line) {
    }

    /** A parameter of a function with its default (null when none). */
    record Param(String name, Expr defaultValue) {
    }

    /** A parsed file: its functions and its statements, in order. */
    record Program(List<Function> functions, List<Stmt> statements) {
    }
}
