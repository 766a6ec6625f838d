package dev.faustwire.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.edit.Command;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.model.Patch;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Places do not change a program's meaning; texts, data, lines and sub-patchers do. */
class SameMeaningTest {
    private static final Patch PATCH = PatchReader.read("""
            {"boxes": {"box-1": {"text": "in 1", "rect": [0, 0, 45, 22]},
                       "box-2": {"text": "p", "rect": [0, 50, 45, 22], "data": {"boxes": {
                          "box-1": {"text": "in 1", "rect": [0, 0, 45, 22]}}, "lines": {}}}},
             "lines": {"line-1": {"src": ["box-1", 0], "dest": ["box-2", 0]}}}
            """).patch();

    private static Patch after(Command command) {
        return command.edit(PATCH).applyTo(PATCH);
    }

    @Test
    void movesAndResizesKeepTheMeaning() {
        assertTrue(SameMeaning.of(PATCH, PATCH));
        assertTrue(SameMeaning.of(PATCH, after(new Command.MoveBox("box-1", 30, 40))));
        assertTrue(SameMeaning.of(PATCH, after(new Command.ResizeBox("box-2", 99, 22))));
        assertTrue(SameMeaning.of(PATCH, after(new Command.AtLevel(List.of("box-2"), new Command.MoveBox("box-1", 5, 5)))));
    }

    @Test
    void textLinesAndInnerBoxesChangeIt() {
        assertFalse(SameMeaning.of(PATCH, after(new Command.SetText("box-1", "in 2"))));
        assertFalse(SameMeaning.of(PATCH, after(new Command.Disconnect("line-1"))));
        assertFalse(SameMeaning.of(PATCH, after(new Command.AtLevel(List.of("box-2"), new Command.SetText("box-1", "in 2")))));
        assertFalse(SameMeaning.of(PATCH, after(new Command.RemoveBox("box-1"))));
        assertFalse(SameMeaning.of(null, PATCH));
    }
}
