package dev.faustwire.core.json;

import java.util.List;

/** A key that appears twice in one object: {@code path} names the object, the first value is kept. */
public record DuplicateKey(List<String> path, String key, int line, int column) {
}
