package dev.faustwire.core.text;

import java.util.List;

/** A parsed box text {@code name arg ... @attr value ...}; attributes keep their written order. */
public record BoxText(String name, List<Token> args, List<Attribute> attributes) {

    /** One {@code @name value ...} attribute. */
    public record Attribute(String name, List<Token> values) {
    }

    public BoxText {
        args = List.copyOf(args);
        attributes = List.copyOf(attributes);
    }

    /** The first attribute of that name, or null. */
    public Attribute attribute(String attributeName) {
        for (Attribute attribute : attributes) {
            if (attribute.name().equals(attributeName)) {
                return attribute;
            }
        }
        return null;
    }
}
