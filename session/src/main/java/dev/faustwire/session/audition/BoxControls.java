package dev.faustwire.session.audition;

import dev.faustwire.codegen.ui.UiPaths.ControlPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which controls of the playing DSP each box of the patch is: the box's place in the UI (from code
 * generation, {@link ControlPath}) turned into the address Faust gives it (labels without their
 * metadata, a few characters replaced by {@code _}, under the DSP's root group, or under the one
 * group that is the whole UI), kept only when the compiled UI has a control of that kind there.
 */
public final class BoxControls {
    private static final String REPLACED = " #*,?[]{}()";

    private BoxControls() {
    }

    /** Box path ({@code box-9/box-2} inside sub-patcher box-9) to its controls, in the UI's order of paths. */
    public static Map<String, List<Control>> of(List<ControlPath> paths, List<Control> tree) {
        Map<String, Control> byAddress = new LinkedHashMap<>();
        for (Control c : Controls.flatten(tree)) {
            byAddress.put(c.address(), c);
        }
        String root = tree.size() == 1 && tree.get(0).kind().isGroup() ? "/" + segment(tree.get(0).label()) : "";
        Map<String, List<Control>> out = new LinkedHashMap<>();
        for (ControlPath p : paths) {
            StringBuilder relative = new StringBuilder();
            for (String label : p.labels()) {
                relative.append('/').append(segment(label));
            }
            Control c = byAddress.get(root + relative);
            if (c == null || !c.kind().type().equals(p.kind())) {
                c = byAddress.get(relative.toString()); // a group that is the whole UI is Faust's root
            }
            if (c != null && c.kind().type().equals(p.kind())) {
                List<Control> controls = out.computeIfAbsent(p.boxId(), k -> new ArrayList<>());
                if (!controls.contains(c)) {
                    controls.add(c);
                }
            }
        }
        return out;
    }

    /** A label as one step of an address: metadata ({@code [unit:Hz]}) removed, trimmed, {@code " #*,?[]{}()"} to {@code _}. */
    public static String segment(String label) {
        StringBuilder plain = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                plain.append(c);
            }
        }
        String trimmed = plain.toString().trim();
        if (trimmed.isEmpty()) {
            return "0x00";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            out.append(REPLACED.indexOf(c) >= 0 ? '_' : c);
        }
        return out.toString();
    }
}
