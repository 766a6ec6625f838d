package dev.faustwire.session.inspect;

/** An {@code @name value} of a box text, as the inspector lists it: {@code @ins 2}. */
public record Attribute(String name, String value) {
}
