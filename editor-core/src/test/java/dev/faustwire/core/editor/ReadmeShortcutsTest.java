package dev.faustwire.core.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The README's shortcut table documents the key map: every action a key gives has a row naming one
 * of its keys, and every row says whose habit it follows (Max, Pd, or none) in its last column.
 */
class ReadmeShortcutsTest {
    private static final List<String> NAMED = List.of("Delete", "Backspace", "Escape", "Enter", "Tab", " ",
            "ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "F1", "F2", "/", "?", "=", "-", "+", "_", ".", ",");

    private static List<String> tableRows() throws Exception {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("| gesture or key | does | as in |");
        assertTrue(start >= 0, "the shortcut table has an \"as in\" column");
        List<String> rows = new ArrayList<>();
        for (String line : readme.substring(start).split("\n")) {
            if (!line.startsWith("|")) {
                break;
            }
            rows.add(line);
        }
        return rows.subList(2, rows.size());
    }

    /** How the README writes a key: {@code Ctrl+Alt+Shift+P}, {@code n}, {@code ←}. */
    static String shown(String key, boolean command, boolean shift, boolean alt) {
        String k = switch (key) {
            case "ArrowLeft" -> "←";
            case "ArrowRight" -> "→";
            case "ArrowUp" -> "↑";
            case "ArrowDown" -> "↓";
            case " " -> "Space";
            default -> key.length() == 1 && (command || alt || shift) ? key.toUpperCase() : key;
        };
        return (command ? "Ctrl+" : "") + (alt ? "Alt+" : "") + (shift ? "Shift+" : "") + k;
    }

    /** Every action the key map gives, with the keys that give it, as the README would write them. */
    static Map<Action, TreeSet<String>> keysByAction() {
        List<String> keys = new ArrayList<>(NAMED);
        for (char c = 'a'; c <= 'z'; c++) {
            keys.add(String.valueOf(c));
        }
        for (char c = '0'; c <= '9'; c++) {
            keys.add(String.valueOf(c));
        }
        Map<Action, TreeSet<String>> out = new TreeMap<>();
        for (String key : keys) {
            for (int m = 0; m < 8; m++) {
                boolean command = (m & 1) != 0;
                boolean shift = (m & 2) != 0;
                boolean alt = (m & 4) != 0;
                Action a = KeyMap.action(shift && key.length() == 1 ? key.toUpperCase() : key, command, shift, alt);
                if (a != null) {
                    out.computeIfAbsent(a, x -> new TreeSet<>()).add(shown(key, command, shift, alt));
                }
            }
        }
        return out;
    }

    @Test
    void everyActionOfTheKeyMapHasARowNamingOneOfItsKeys() throws Exception {
        List<String> rows = tableRows();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<Action, TreeSet<String>> e : keysByAction().entrySet()) {
            boolean found = false;
            for (String key : e.getValue()) {
                for (String row : rows) {
                    String keysCell = row.substring(0, row.indexOf(" | ", 2));
                    boolean shiftedArrow = key.startsWith("Shift+") && "←→↑↓".contains(key.substring(6))
                            && keysCell.contains("`" + key.substring(6) + "`") && keysCell.contains("`Shift`");
                    found |= keysCell.contains("`" + key + "`") || shiftedArrow;
                }
            }
            if (!found) {
                missing.add(e.getKey() + " " + e.getValue());
            }
        }
        assertEquals(List.of(), missing, "actions whose keys the README's table does not name");
    }

    @Test
    void everyRowSaysWhoseHabitItFollows() throws Exception {
        List<String> rows = tableRows();
        assertTrue(rows.size() >= 20, "rows " + rows.size());
        for (String row : rows) {
            String[] cells = row.split(" \\| ");
            String asIn = cells[cells.length - 1];
            assertEquals(3, cells.length, row);
            assertTrue(asIn.startsWith("Max") || asIn.startsWith("Pd") || asIn.startsWith("—"), row);
        }
    }

    @Test
    void theReadmeNamesKeysAsTheTestExpects() {
        assertEquals("Ctrl+Alt+Shift+P", shown("p", true, true, true));
        assertEquals("n", shown("n", false, false, false));
        assertEquals("Shift+←", shown("ArrowLeft", false, true, false));
        assertEquals("Ctrl+=", shown("=", true, false, false));
        assertEquals("Shift+N", shown("n", false, true, false), "not the n of a new box");
        assertEquals("Ctrl+↓", shown("ArrowDown", true, false, false));
    }
}
