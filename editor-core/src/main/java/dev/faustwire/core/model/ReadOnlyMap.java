package dev.faustwire.core.model;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Set;
import java.util.TreeMap;

/**
 * A read-only view of a sorted map whose lookups stay those of the map. The JDK's unmodifiable
 * view would do, but in the browser TeaVM's version of it finds a key by walking every entry.
 */
final class ReadOnlyMap<V> extends AbstractMap<String, V> {
    private final TreeMap<String, V> map;
    private final Set<Entry<String, V>> entries;

    ReadOnlyMap(TreeMap<String, V> map) {
        this.map = map;
        this.entries = Collections.unmodifiableSet(map.entrySet());
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
