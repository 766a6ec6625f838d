package dev.faustwire.core.edit;

import static dev.faustwire.core.edit.CommandsTest.applyAndCheckInverse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Command.StoreArity}: the probed arity of a code box goes into its data, also inside sub-patchers. */
class StoreArityTest {
    private static final JsonObject CODE = new JsonObject(Map.of("value", new JsonString("process = +;")));

    private static Box code(String id) {
        return new Box(id, "code", null, CODE, null, null, JsonObject.EMPTY);
    }

    private static Patch patchOf(Box... boxes) {
        Map<String, Box> map = new LinkedHashMap<>();
        for (Box box : boxes) {
            map.put(box.id(), box);
        }
        return new Patch(map, Map.of(), JsonObject.EMPTY, JsonObject.EMPTY);
    }

    private static JsonValue stored(Box box, String key) {
        return ((JsonObject) box.data()).get(key);
    }

    @Test
    void storesInputsAndOutputsBesideTheCodeAndCanBeUndone() {
        Patch before = patchOf(code("box-1"), new Box("box-2", "out 1", null));

        Patch after = applyAndCheckInverse(before, new Command.StoreArity("box-1", 2, 1).edit(before));

        Box box = after.box("box-1");
        assertEquals(new JsonString("process = +;"), stored(box, "value"));
        assertEquals(JsonNumber.of(2), stored(box, "inputs"));
        assertEquals(JsonNumber.of(1), stored(box, "outputs"));
        assertEquals(before.box("box-2"), after.box("box-2"));
    }

    @Test
    void storingTheSameArityAgainChangesNothing() {
        Patch before = patchOf(code("box-1"));
        Patch once = new Command.StoreArity("box-1", 2, 1).edit(before).applyTo(before);

        assertTrue(new Command.StoreArity("box-1", 2, 1).edit(once).isEmpty());
    }

    @Test
    void aBoxInsideAnEmbeddedSubPatcherIsNamedByItsPath() {
        Patch inner = patchOf(code("box-7"), new Box("box-8", "out 1", null));
        Box patcher = new Box("box-9", "p filter", null, null, inner, null, JsonObject.EMPTY);
        Patch before = patchOf(patcher);

        Patch after = applyAndCheckInverse(before, new Command.StoreArity("box-9/box-7", 1, 1).edit(before));

        Box stored = after.box("box-9").subpatch().box("box-7");
        assertEquals(JsonNumber.of(1), stored(stored, "inputs"));
        assertEquals(JsonNumber.of(1), stored(stored, "outputs"));
        assertEquals(inner.box("box-8"), after.box("box-9").subpatch().box("box-8"));
    }

    @Test
    void aPathThroughAMissingBoxIsRejected() {
        Patch before = patchOf(code("box-1"));

        assertThrows(IllegalArgumentException.class, () -> new Command.StoreArity("box-2", 1, 1).edit(before));
        assertThrows(IllegalArgumentException.class, () -> new Command.StoreArity("box-1/box-2", 1, 1).edit(before));
    }
}
