package dev.faustwire.codegen.read;

import java.util.List;
import java.util.Map;

/**
 * The boxes of one patch level that mean something, read by {@link ReadBoxes}: their numbers
 * and order, their meaning, and the {@code Kind_N} each one's definitions start with. Maps keyed
 * by box id are filled in box order: lookups are constant time, iteration is ordered.
 */
public record Boxes(Names names, List<String> order, Map<String, BoxSpec> specs, Map<String, String> heads) {
}
