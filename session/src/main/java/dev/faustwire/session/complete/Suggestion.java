package dev.faustwire.session.complete;

/** One row of the completion list; {@code inlets} and {@code outlets} are -1 when they depend on arguments. */
public record Suggestion(String name, String doc, int inlets, int outlets, String insert) {
}
