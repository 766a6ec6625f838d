package dev.faustwire.session.audition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faustwire.codegen.Codegen;
import dev.faustwire.codegen.CodegenResult;
import dev.faustwire.codegen.ControlPaths;
import dev.faustwire.codegen.Resources;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.model.Port;
import dev.faustwire.core.model.Rect;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Box to control address, checked against the UI the real Faust compiler builds for the generated
 * program ({@code faust -json} on {@code main.dsp}, as the server names it): groups, a sub-patcher
 * in a group, metadata and spaces in labels, numbered bargraphs of an iteration, a group that is
 * the whole UI.
 */
class BoxControlsIT {
    @TempDir
    Path work;

    private Map<String, List<String>> addresses(Patch patch) throws Exception {
        CodegenResult generated = Codegen.generate(patch, BundledIndex.get());
        assertEquals(true, generated.ok(), generated.diagnostics().toString());
        Files.writeString(work.resolve("main.dsp"), generated.code(), StandardCharsets.UTF_8);
        Process faust = new ProcessBuilder("faust", "-json", "-o", "/dev/null", "main.dsp").directory(work.toFile())
                .redirectErrorStream(true).start();
        String output = new String(faust.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        faust.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, faust.exitValue(), output);
        List<Control> tree = Controls.read(Files.readString(work.resolve("main.dsp.json")));
        Map<String, List<String>> out = new TreeMap<>();
        for (Map.Entry<String, List<Control>> e
                : BoxControls.of(ControlPaths.of(patch, BundledIndex.get(), Resources.NONE), tree).entrySet()) {
            List<String> list = new java.util.ArrayList<>();
            for (Control c : e.getValue()) {
                list.add(c.address());
            }
            out.put(e.getKey(), list);
        }
        return out;
    }

    @Test
    void slidersGroupsMetadataAndSpaces() throws Exception {
        Patch patch = patch(List.of("box-1 = hslider \"base freq[unit:Hz][style:knob]\" 440 20 2000 1",
                "box-2 = hgroup \"my osc\"", "box-3 = os.osc", "box-4 = nentry gain 0.1 0 1 0.01", "box-5 = *",
                "box-6 = hbargraph level -1 1", "box-7 = out 1", "box-8 = button gate", "box-9 = *"),
                List.of("box-1:0 -> box-2:0", "box-2:0 -> box-3:0", "box-3:0 -> box-5:0", "box-4:0 -> box-5:1",
                        "box-5:0 -> box-6:0", "box-6:0 -> box-9:0", "box-8:0 -> box-9:1", "box-9:0 -> box-7:0"));
        assertEquals(Map.of("box-1", List.of("/main/my_osc/base_freq"), "box-4", List.of("/main/gain"),
                "box-6", List.of("/main/level"), "box-8", List.of("/main/gate")), addresses(patch));
    }

    @Test
    void aSliderInASubpatcherInsideAGroupAndNumberedBargraphs() throws Exception {
        Patch child = patch(List.of("box-1 = in 1", "box-2 = hslider cutoff 1000 50 5000 1", "box-3 = fi.lowpass 2",
                "box-4 = out 1", "box-5 = hbargraph meter 0 1"),
                List.of("box-2:0 -> box-3:0", "box-1:0 -> box-3:1", "box-3:0 -> box-5:0", "box-5:0 -> box-4:0"));
        Patch top = patch(List.of("box-1 = no.noise", "box-3 = vgroup tone", "box-4 = out 1", "box-5 = par 2",
                "box-6 = hbargraph \"voice level\" 0 2", "box-7 = out 2", "box-8 = +", "box-9 = out 3"),
                List.of("box-1:0 -> box-2:0", "box-2:0 -> box-3:0", "box-3:0 -> box-4:0", "box-5:2 -> box-6:0",
                        "box-6:0 -> box-5:0", "box-5:0 -> box-8:0", "box-5:1 -> box-8:1", "box-8:0 -> box-7:0",
                        "box-3:0 -> box-9:0"));
        TreeMap<String, Box> boxes = new TreeMap<>(top.boxes());
        boxes.put("box-2", new Box("box-2", "p filter", new Rect(0, 40, 60, 22), null, child, null, JsonObject.EMPTY));
        Map<String, List<String>> found = addresses(new Patch(boxes, top.lines(), JsonObject.EMPTY, JsonObject.EMPTY));
        assertEquals(Map.of("box-2/box-2", List.of("/main/tone/cutoff"), "box-2/box-5", List.of("/main/tone/meter"),
                "box-6", List.of("/main/voice_level_0", "/main/voice_level_1")), found);
    }

    @Test
    void aGroupThatIsTheWholeUiIsTheRoot() throws Exception {
        Patch patch = patch(List.of("box-1 = os.osc 440", "box-2 = button gate", "box-3 = checkbox hold", "box-4 = +",
                "box-5 = tgroup play", "box-6 = *", "box-7 = out 1"),
                List.of("box-2:0 -> box-4:0", "box-3:0 -> box-4:1", "box-4:0 -> box-5:0", "box-1:0 -> box-6:0",
                        "box-5:0 -> box-6:1", "box-6:0 -> box-7:0"));
        assertEquals(Map.of("box-2", List.of("/play/gate"), "box-3", List.of("/play/hold")), addresses(patch));
    }

    @Test
    void unlabelledControlsGetTheirRankedNamesAndAStoredLabelIsUsed() throws Exception {
        Patch patch = patch(List.of("box-1 = hslider", "box-2 = hslider", "box-3 = +", "box-4 = out 1", "box-5 = checkbox",
                "box-6 = *"),
                List.of("box-1:0 -> box-3:0", "box-2:0 -> box-3:1", "box-3:0 -> box-6:0", "box-5:0 -> box-6:1",
                        "box-6:0 -> box-4:0"));
        TreeMap<String, Box> boxes = new TreeMap<>(patch.boxes());
        Box stored = boxes.get("box-5");
        boxes.put("box-5", stored.withData(JsonObject.EMPTY.with("label",
                new dev.faustwire.core.json.JsonValue.JsonString("enable 1"))));
        assertEquals(Map.of("box-1", List.of("/main/hslider"), "box-2", List.of("/main/hslider_2"),
                "box-5", List.of("/main/enable_1")),
                addresses(new Patch(boxes, patch.lines(), JsonObject.EMPTY, JsonObject.EMPTY)));
    }

    @Test
    void anAttachedBargraphASentSliderAndAFeedbackGain() throws Exception {
        Patch patch = patch(List.of("box-1 = in 1", "box-2 = +", "box-3 = mem", "box-4 = hslider feedback 0.5 0 0.9 0.01",
                "box-5 = *", "box-6 = out 1", "box-7 = abs", "box-8 = vbargraph level 0 1", "box-9 = attach",
                "box-10 = send g", "box-11 = receive g", "box-12 = hslider \"out gain\" 0.5 0 1 0.01", "box-13 = *"),
                List.of("box-1:0 -> box-2:0", "box-2:0 -> box-3:0", "box-3:0 -> box-5:0", "box-4:0 -> box-5:1",
                        "box-5:0 -> box-2:1", "box-2:0 -> box-7:0", "box-7:0 -> box-8:0", "box-2:0 -> box-9:0",
                        "box-8:0 -> box-9:1", "box-12:0 -> box-10:0", "box-9:0 -> box-13:0", "box-11:0 -> box-13:1",
                        "box-13:0 -> box-6:0"));
        assertEquals(Map.of("box-4", List.of("/main/feedback"), "box-8", List.of("/main/level"),
                "box-12", List.of("/main/out_gain")), addresses(patch));
    }

    @Test
    void aControlInASubpatcherUsedInTwoGroupsIsTwoControls() throws Exception {
        Patch child = patch(List.of("box-1 = hslider depth 0.5 0 1 0.01", "box-2 = out 1"),
                List.of("box-1:0 -> box-2:0"));
        Patch top = patch(List.of("box-2 = hgroup left", "box-3 = hgroup right", "box-4 = out 1", "box-5 = out 2"),
                List.of("box-1:0 -> box-2:0", "box-1:0 -> box-3:0", "box-2:0 -> box-4:0", "box-3:0 -> box-5:0"));
        TreeMap<String, Box> boxes = new TreeMap<>(top.boxes());
        boxes.put("box-1", new Box("box-1", "p lfo", new Rect(0, 0, 60, 22), null, child, null, JsonObject.EMPTY));
        assertEquals(Map.of("box-1/box-1", List.of("/main/left/depth", "/main/right/depth")),
                addresses(new Patch(boxes, top.lines(), JsonObject.EMPTY, JsonObject.EMPTY)));
    }

    /** {@code "box-1 = text"} boxes, {@code "box-1:0 -> box-2:1"} lines. */
    static Patch patch(List<String> boxSpecs, List<String> lineSpecs) {
        TreeMap<String, Box> boxes = new TreeMap<>();
        for (String spec : boxSpecs) {
            int eq = spec.indexOf(" = ");
            boxes.put(spec.substring(0, eq), new Box(spec.substring(0, eq), spec.substring(eq + 3), new Rect(0, 0, 60, 22)));
        }
        TreeMap<String, Line> lines = new TreeMap<>();
        for (String spec : lineSpecs) {
            int arrow = spec.indexOf(" -> ");
            String id = "line-" + (lines.size() + 1);
            lines.put(id, new Line(id, port(spec.substring(0, arrow)), port(spec.substring(arrow + 4))));
        }
        return new Patch(boxes, lines, JsonObject.EMPTY, JsonObject.EMPTY);
    }

    private static Port port(String text) {
        int colon = text.lastIndexOf(':');
        return new Port(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
    }
}
