package dev.faustwire.server.diagram;

import dev.faustwire.codegen.SourceMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which box each definition of a generated program comes from: code generation names definitions
 * after boxes ({@code Par_29}, {@code os_osc_40_0}), and Faust labels a diagram's blocks with those
 * names, so a block can lead back to its box. A name defined by lines of different boxes (the same
 * name in two sub-patchers) is left out: the names do not tell which box it is.
 */
final class DefinitionBoxes {
    private static final Pattern DEFINITION = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(\\([^=]*\\))?\\s*=[^=]");

    private DefinitionBoxes() {
    }

    /** Definition name to box path ({@code box-9/box-2} inside sub-patcher box-9); empty without a source map. */
    static Map<String, String> of(String code, SourceMap map) {
        Map<String, String> boxes = new TreeMap<>();
        if (map == null || code == null) {
            return boxes;
        }
        Set<String> ambiguous = new HashSet<>();
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String box = map.boxAt(i + 1);
            Matcher definition = DEFINITION.matcher(lines[i]);
            if (box == null || !definition.find()) {
                continue;
            }
            String name = definition.group(1);
            String known = boxes.putIfAbsent(name, box);
            if (known != null && !known.equals(box)) {
                ambiguous.add(name);
            }
        }
        boxes.keySet().removeAll(ambiguous);
        return boxes;
    }
}
