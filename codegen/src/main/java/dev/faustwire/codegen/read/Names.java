package dev.faustwire.codegen.read;

import dev.faustwire.core.edit.Ids;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Deterministic, clash-free numbers for boxes: the N of an id {@code box-N} where it is unique,
 * else the next number past all of them. Definitions are named {@code Kind_N_outlet}.
 */
public final class Names {
    private final Map<String, Integer> numbers;
    private List<String> ordered;

    public Names(Collection<String> boxIds) {
        numbers = new LinkedHashMap<>(2 * boxIds.size() + 1);
        TreeSet<Long> taken = new TreeSet<>();
        List<String> unnumbered = new ArrayList<>();
        for (String id : boxIds) {
            long n = Ids.numberAfter("box-", id);
            if (n > 0 && n < 1_000_000_000L && taken.add(n)) {
                numbers.put(id, (int) n);
            } else {
                unnumbered.add(id);
            }
        }
        long next = taken.isEmpty() ? 1 : taken.last() + 1;
        for (String id : unnumbered) {
            numbers.put(id, (int) next++);
        }
    }

    /** The kind part of a definition name for a box name: {@code sin} is {@code Sin}, {@code par} is {@code Par}. */
    static String kind(String boxName) {
        return Character.toUpperCase(boxName.charAt(0)) + boxName.substring(1);
    }

    /** A qualified name as one identifier: {@code os.osc} is {@code os_osc}. */
    static String identifier(String qualified) {
        if (qualified.indexOf('.') < 0) {
            return qualified;
        }
        char[] chars = qualified.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '.') {
                chars[i] = '_';
            }
        }
        return new String(chars);
    }

    public int number(String boxId) {
        return numbers.get(boxId);
    }

    /** Box ids ordered by their number. */
    public List<String> ordered() {
        if (ordered == null) {
            TreeMap<Integer, String> byNumber = new TreeMap<>();
            for (Map.Entry<String, Integer> entry : numbers.entrySet()) {
                byNumber.put(entry.getValue(), entry.getKey());
            }
            ordered = Collections.unmodifiableList(new ArrayList<>(byNumber.values()));
        }
        return ordered;
    }
}
