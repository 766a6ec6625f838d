package dev.faustwire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.edit.Command;
import dev.faustwire.core.edit.EditingModel;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The label of an unlabelled control is the name stored at creation, in the code, after paste and reload too. */
class StoredLabelsTest {

    @Test
    void theStoredNameIsTheControlsLabelNeverItsId() {
        EditingModel model = new EditingModel(Patch.EMPTY);
        model.apply(new Command.AddBox(new Box("box-7", "hslider", new Rect(0, 0, 60, 22))));
        model.apply(new Command.AddBox(new Box("box-8", "out 1", new Rect(0, 40, 60, 22))));
        model.apply(new Command.Connect(new Port("box-7", 0), new Port("box-8", 0)));
        String before = Codegen.generate(model.patch(), BundledIndex.get()).code();
        assertTrue(before.contains("hslider(\"hslider 1\", 0, 0, 1, 0.01)"), before);

        Patch fragment = new Patch(new TreeMap<>(Map.of("box-7", model.patch().box("box-7"))), new TreeMap<>(),
                model.patch().props(), model.patch().extra());
        model.apply(new Command.Paste(fragment, 30, 30));
        model.apply(new Command.RemoveBox("box-7"));
        String pastedId = model.patch().boxes().keySet().stream().filter(id -> !id.equals("box-8")).findFirst().orElseThrow();
        model.apply(new Command.Connect(new Port(pastedId, 0), new Port("box-8", 0)));
        Patch reloaded = PatchReader.read(PatchWriter.write(model.patch())).patch();
        String after = Codegen.generate(reloaded, BundledIndex.get()).code();
        assertTrue(after.contains("hslider(\"hslider 1\", 0, 0, 1, 0.01)"), after);
        assertFalse(after.contains("\"box-") || after.contains("\"" + pastedId), after);
        assertEquals(before.replace("Hslider_7_0", "X"), after.replace("Hslider_" + pastedId.substring(4) + "_0", "X"));
    }
}
