package dev.faustwire.session.inspect;

/** A number of a control box shown as an editable field: {@code max} of {@code hslider freq 440 20 2000 1} is 2000. */
public record RangeField(String name, String value) {
}
