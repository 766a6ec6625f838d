package dev.faustwire.session.complete;

/** A kind of box of the language: its name, a one-line doc, and whether it is usually typed with arguments. */
public record BoxKind(String name, String doc, boolean takesArguments) {
}
