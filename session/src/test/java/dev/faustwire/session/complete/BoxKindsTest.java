package dev.faustwire.session.complete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.codegen.BoxPorts;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.text.ControlLabels;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The box kinds are the ones the code generator reads, each with a short doc. */
class BoxKindsTest {
    /** Arguments that make a box of these kinds complete; the others are complete by their name. */
    private static final Map<String, String> ARGUMENTS = Map.ofEntries(Map.entry("in", " 1"), Map.entry("out", " 2"),
            Map.entry("c", " 440"), Map.entry("par", " 4"), Map.entry("seq", " 3"), Map.entry("sum", " 2"),
            Map.entry("prod", " 2"), Map.entry("send", " bus"), Map.entry("s", " bus"), Map.entry("receive", " bus"),
            Map.entry("const", " 440"), Map.entry("waveform", " 0 1 0 -1"), Map.entry("import", " maths.lib"),
            Map.entry("clock", " 4"), Map.entry("clock.ms", " 200"));

    private static BoxPorts.Count ports(Box box) {
        return BoxPorts.of(box, BundledIndex.get());
    }

    private static Box box(String text) {
        return new Box("box-1", text, null);
    }

    private static String complete(String name) {
        return name + ARGUMENTS.getOrDefault(name, name.equals("r") ? " bus" : "");
    }

    @Test
    void everyKindIsABoxTheCodeGeneratorReads() {
        for (BoxKind kind : BoxKinds.all()) {
            Box box = box(complete(kind.name()));
            if (kind.name().equals("code")) {
                box = new Box("box-1", "code @ins 1 @outs 1", null,
                        JsonObject.EMPTY.with("value", new JsonString("process = _;")), null, null, JsonObject.EMPTY);
            }
            assertTrue(ports(box).known(), box.text() + " is not a box the code generator reads");
        }
    }

    @Test
    void aKindThatNeedsArgumentsSaysSo() {
        for (BoxKind kind : BoxKinds.all()) {
            boolean completeAlone = ports(box(kind.name())).known();
            if (!completeAlone && !kind.name().equals("code")) {
                assertTrue(kind.takesArguments(), kind.name() + " alone is no box yet, so arguments follow it");
            }
        }
        assertFalse(BoxKinds.named("+").takesArguments(), "+ alone is the usual adder");
        assertTrue(BoxKinds.named("hslider").takesArguments(), "a slider is usually typed with its label");
    }

    @Test
    void namesTheCodeGeneratorRejectsAreNotKinds() {
        for (String name : List.of("rdtable", "rwtable", "history", "delay", "foo")) {
            assertFalse(ports(box(name)).known(), name + " became a box: add it to BoxKinds");
            assertNull(BoxKinds.named(name), name);
        }
    }

    @Test
    void theBriefsKindsAreAllThere() {
        String names = "in out hslider vslider nentry button checkbox hbargraph vbargraph hgroup vgroup tgroup attach p"
                + " patcher code par seq sum prod send receive effect comment c mem ' @ ~ + - * / % ^ & | xor << >> < <="
                + " > >= == != pow atan2 fmod remainder min max sin cos tan exp log sqrt abs floor ceil rint int float"
                + " select2 select3 s r asin acos atan log10";
        int start = 0;
        while (start < names.length()) {
            int end = names.indexOf(' ', start);
            end = end < 0 ? names.length() : end;
            String name = names.substring(start, end);
            assertNotNull(BoxKinds.named(name), name);
            start = end + 1;
        }
        for (String control : ControlLabels.CONTROLS) {
            assertNotNull(BoxKinds.named(control), control);
        }
    }

    @Test
    void namesAreUniqueAndDocsAreOneShortLine() {
        TreeSet<String> names = new TreeSet<>();
        for (BoxKind kind : BoxKinds.all()) {
            assertTrue(names.add(kind.name()), kind.name() + " twice");
            assertFalse(kind.name().isEmpty() || kind.name().indexOf(' ') >= 0, kind.name());
            assertEquals(kind, BoxKinds.named(kind.name()));
            assertFalse(kind.doc().isEmpty(), kind.name());
            assertTrue(kind.doc().length() <= 100, kind.name() + ": " + kind.doc().length());
            assertEquals(OneLine.of(kind.doc()), kind.doc(), kind.name());
        }
        assertEquals(BoxKinds.all().size(), names.size());
    }

    @Test
    void theListCannotBeChanged() {
        assertThrows(UnsupportedOperationException.class, () -> BoxKinds.all().add(new BoxKind("x", "x", false)));
        assertNull(BoxKinds.named("HSLIDER"), "names are exact; Completions lowers what is typed");
    }
}
