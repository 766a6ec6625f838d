package dev.faustwire.core.model;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A read-only copy of a map with string keys, iterated in sorted key order, with hashed lookups.
 * The JDK's unmodifiable view of a TreeMap would do, but in the browser TeaVM's version of it
 * finds a key by walking every entry, and even a TreeMap's own lookup compares "box-" prefixes at
 * every level: lookups by id are what code generation does most.
 */
final class ReadOnlyMap<V> extends AbstractMap<String, V> {
    private final LinkedHashMap<String, V> map;
    private final Set<Entry<String, V>> entries;

    ReadOnlyMap(Map<String, V> map) {
        this.map = new LinkedHashMap<>(map instanceof ReadOnlyMap<V> sorted ? sorted.map : new TreeMap<>(map));
        this.entries = Collections.unmodifiableSet(this.map.entrySet());
    }

    @Override
    public V get(Object key) {
        return map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return entries;
    }
}
