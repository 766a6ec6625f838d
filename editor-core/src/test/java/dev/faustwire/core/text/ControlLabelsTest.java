package dev.faustwire.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.faustwire.core.edit.Command;
import dev.faustwire.core.edit.EditingModel;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Rect;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A control created without a label gets one stored in its data, which copy, paste and reload keep. */
class ControlLabelsTest {

    private static Box box(String id, String text) {
        return new Box(id, text, new Rect(0, 0, 60, 22));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "hslider freq 440 20 2000 1|freq", "hslider 440 20 2000 1|none", "hslider|none",
            "hslider @label cutoff @init 3|cutoff", "button gate|gate", "button|none", "checkbox \"on off\"|on off",
            "hbargraph level 0 1|level", "hbargraph -1 1|none", "vgroup mixer|mixer", "tgroup|none", "+ 1|1"})
    void theLabelATextGives(String text, String label) {
        assertEquals(label, ControlLabels.labelIn(BoxTextParser.parse(text)));
    }

    @Test
    void addingAnUnlabelledControlStoresTheFirstFreeName() {
        EditingModel model = new EditingModel(Patch.EMPTY);
        model.apply(new Command.AddBox(box("box-1", "checkbox")));
        model.apply(new Command.AddBox(box("box-2", "checkbox")));
        model.apply(new Command.AddBox(box("box-3", "checkbox \"checkbox 3\"")));
        model.apply(new Command.AddBox(box("box-4", "checkbox")));
        assertEquals("checkbox 1", ControlLabels.storedLabel(model.patch().box("box-1")));
        assertEquals("checkbox 2", ControlLabels.storedLabel(model.patch().box("box-2")));
        assertNull(ControlLabels.storedLabel(model.patch().box("box-3")), "a typed label is not stored again");
        assertEquals("checkbox 4", ControlLabels.storedLabel(model.patch().box("box-4")));
    }

    @Test
    void typingAControlIntoABoxStoresANameOnceAndKeepsIt() {
        EditingModel model = new EditingModel(Patch.EMPTY);
        model.apply(new Command.AddBox(box("box-1", "+")));
        assertNull(model.patch().box("box-1").data());
        model.apply(new Command.SetText("box-1", "hslider 0.5 0 1 0.01"));
        assertEquals("hslider 1", ControlLabels.storedLabel(model.patch().box("box-1")));
        model.apply(new Command.SetText("box-1", "hslider 0.25 0 1 0.01"));
        assertEquals("hslider 1", ControlLabels.storedLabel(model.patch().box("box-1")), "the name survives edits");
    }

    @Test
    void copyPasteAndReloadKeepTheStoredName() {
        EditingModel model = new EditingModel(Patch.EMPTY);
        model.apply(new Command.AddBox(box("box-1", "button")));
        Patch fragment = new Patch(new TreeMap<>(java.util.Map.of("box-1", model.patch().box("box-1"))),
                new TreeMap<>(), model.patch().props(), model.patch().extra());
        model.apply(new Command.Paste(fragment, 20, 20));
        Patch reloaded = PatchReader.read(PatchWriter.write(model.patch())).patch();
        for (Box b : reloaded.boxes().values()) {
            assertEquals("button 1", ControlLabels.storedLabel(b), b.id());
        }
        assertEquals(2, reloaded.boxes().size());
    }

    @Test
    void undoRemovesTheBoxAndItsName() {
        EditingModel model = new EditingModel(Patch.EMPTY);
        model.apply(new Command.AddBox(box("box-1", "nentry")));
        model.undo();
        assertNull(model.patch().box("box-1"));
        model.apply(new Command.AddBox(box("box-1", "nentry")));
        assertEquals("nentry 1", ControlLabels.storedLabel(model.patch().box("box-1")));
    }
}
