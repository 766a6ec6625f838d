package dev.faustwire.codegen.lower;

import dev.faustwire.codegen.check.Level;
import dev.faustwire.codegen.program.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one top-level function of each sub-patcher file used several times, which every use
 * calls: {@code file_1(In_1_0) = Out_1 with { ... };}. Names start in lower case, so they never
 * meet a box's {@code Kind_N} name. The first use lowers the function; its lines in the source
 * map are that use's boxes.
 */
final class SharedFunctions {
    private final Map<String, String> names = new LinkedHashMap<>();
    private final List<Item.Function> functions = new ArrayList<>();

    /** The name of the function of file {@code key}, lowering it from {@code level} at its first use. */
    String name(String key, Level level, String boxId) {
        String name = names.get(key);
        if (name == null) {
            name = "file_" + (names.size() + 1);
            names.put(key, name);
            functions.add(LowerLevel.of(level, List.of(), this).function(boxId, name, LowerLevel.Side.VOICE));
        }
        return name;
    }

    /** The functions, each after those it calls. */
    List<Item.Function> functions() {
        return functions;
    }
}
