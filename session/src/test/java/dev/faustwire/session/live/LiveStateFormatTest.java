package dev.faustwire.session.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The snapshot file: its exact canonical text, and each way a file can mean nothing, with its code. */
class LiveStateFormatTest {
    static final LiveState TWO_SLOTS = new LiveState(List.of(
            new SlotState("editor", "osc.json", new SlotSource("patch", "osc.json", "{}"), true, false, 1,
                    List.of(), Map.of("/osc/freq", 220.0), List.of(new Preset("A", Map.of("/osc/freq", 220.0)))),
            new SlotState("slot-2", "echo.dsp", new SlotSource("dsp", null, "process = _;"), false, true, 0.5,
                    List.of("editor"), Map.of("/echo/gain", 0.25), List.of())),
            new AudioSettings(48000, "balanced", ""));

    static final String TWO_SLOTS_TEXT = """
            {
              "audio": {
                "latency": "balanced",
                "outputDevice": "",
                "sampleRate": 48000
              },
              "format": "faustwire-snapshot",
              "slots": [
                {
                  "id": "editor",
                  "inputs": [],
                  "level": 1,
                  "muted": false,
                  "name": "osc.json",
                  "playing": true,
                  "presets": [
                    {
                      "name": "A",
                      "values": {
                        "/osc/freq": 220
                      }
                    }
                  ],
                  "source": {
                    "kind": "patch",
                    "path": "osc.json",
                    "text": "{}"
                  },
                  "values": {
                    "/osc/freq": 220
                  }
                },
                {
                  "id": "slot-2",
                  "inputs": ["editor"],
                  "level": 0.5,
                  "muted": true,
                  "name": "echo.dsp",
                  "playing": false,
                  "presets": [],
                  "source": {
                    "kind": "dsp",
                    "text": "process = _;"
                  },
                  "values": {
                    "/echo/gain": 0.25
                  }
                }
              ],
              "version": 1
            }
            """;

    @Test
    void writesTheCanonicalText() {
        assertEquals(TWO_SLOTS_TEXT, LiveStateFormat.write(TWO_SLOTS));
    }

    @Test
    void readsItBack() {
        LiveStateFormat.Reading reading = LiveStateFormat.read(TWO_SLOTS_TEXT);
        assertTrue(reading.ok(), reading.diagnostics()::toString);
        assertEquals(TWO_SLOTS, reading.state());
        assertNull(reading.state().slots().get(1).source().path());
    }

    @Test
    void anEmptySessionIsASnapshotToo() {
        LiveState empty = new LiveState(List.of(), AudioSettings.DEFAULT);
        assertEquals(empty, LiveStateFormat.read(LiveStateFormat.write(empty)).state());
    }

    @Test
    void notJsonOrNotASnapshotIsE045() {
        assertOnly(Code.SNAPSHOT_NOT_READABLE, "");
        assertOnly(Code.SNAPSHOT_NOT_READABLE, "{\"format\": ");
        assertOnly(Code.SNAPSHOT_NOT_READABLE, "[1, 2]");
        assertOnly(Code.SNAPSHOT_NOT_READABLE, TWO_SLOTS_TEXT.replace("faustwire-snapshot", "faustwire-patch"));
        assertOnly(Code.SNAPSHOT_NOT_READABLE, TWO_SLOTS_TEXT.replace("\"format\": \"faustwire-snapshot\",", ""));
        assertOnly(Code.SNAPSHOT_NOT_READABLE, null);
    }

    @Test
    void aNewerVersionIsE046() {
        assertOnly(Code.SNAPSHOT_NEWER_VERSION, TWO_SLOTS_TEXT.replace("\"version\": 1", "\"version\": 2"));
    }

    @Test
    void fieldsThatMeanNothingAreE047() {
        String[][] breaks = {
            {"\"version\": 1", "\"version\": \"1\""},
            {"\"version\": 1", "\"version\": 0"},
            {"\"version\": 1", "\"version\": 1.5"},
            {"\"sampleRate\": 48000", "\"sampleRate\": -1"},
            {"\"sampleRate\": 48000", "\"sampleRate\": 44100.5"},
            {"\"latency\": \"balanced\"", "\"latency\": \"fast\""},
            {"\"id\": \"slot-2\"", "\"id\": \"editor\""},
            {"\"id\": \"slot-2\"", "\"id\": \"\""},
            {"\"id\": \"slot-2\",", ""},
            {"\"level\": 0.5", "\"level\": -0.5"},
            {"\"level\": 0.5", "\"level\": \"loud\""},
            {"\"level\": 0.5", "\"level\": 1e300"},
            {"\"muted\": true", "\"muted\": 1"},
            {"\"playing\": true", "\"playing\": null"},
            {"\"inputs\": [\"editor\"]", "\"inputs\": [\"slot-9\"]"},
            {"\"inputs\": [\"editor\"]", "\"inputs\": [\"slot-2\"]"},
            {"\"inputs\": [\"editor\"]", "\"inputs\": \"editor\""},
            {"\"inputs\": [\"editor\"]", "\"inputs\": [3]"},
            {"\"/echo/gain\": 0.25", "\"/echo/gain\": \"0.25\""},
            {"\"/echo/gain\": 0.25", "\"echo/gain\": 0.25"},
            {"\"/echo/gain\": 0.25", "\"/echo/gain\": 1e15"},
            {"\"kind\": \"dsp\"", "\"kind\": \"wav\""},
            {"\"kind\": \"dsp\",", ""},
            {"\"text\": \"process = _;\"", "\"text\": 7"},
            {"\"path\": \"osc.json\"", "\"path\": 7"},
            {"\"name\": \"A\"", "\"name\": \"\""},
            {"\"presets\": []", "\"presets\": {}"},
            {"\"presets\": []", "\"presets\": [3]"},
            {"\"presets\": []", "\"presets\": [{\"name\": \"B\", \"values\": {}}, {\"name\": \"B\", \"values\": {}}]"},
            {"\"name\": \"echo.dsp\",", ""},
        };
        for (String[] b : breaks) {
            String text = TWO_SLOTS_TEXT.replace(b[0], b[1]);
            assertFalse(text.equals(TWO_SLOTS_TEXT), b[0]);
            LiveStateFormat.Reading reading = LiveStateFormat.read(text);
            assertNull(reading.state(), b[1]);
            assertFalse(reading.diagnostics().isEmpty(), b[1]);
            for (Diagnostic d : reading.diagnostics()) {
                assertEquals(Code.SNAPSHOT_FIELD_INVALID, d.code(), b[1] + ": " + d.message());
            }
        }
    }

    @Test
    void twoSlotsWithOneIdAreRefusedForThatReason() {
        String text = TWO_SLOTS_TEXT.replace("\"id\": \"slot-2\"", "\"id\": \"editor\"")
                .replace("\"inputs\": [\"editor\"]", "\"inputs\": []");
        LiveStateFormat.Reading reading = LiveStateFormat.read(text);
        assertNull(reading.state());
        assertEquals(1, reading.diagnostics().size(), reading.diagnostics()::toString);
        assertEquals(Code.SNAPSHOT_FIELD_INVALID, reading.diagnostics().get(0).code());
        assertTrue(reading.diagnostics().get(0).message().contains("two slots have the id \"editor\""));
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        String text = TWO_SLOTS_TEXT.replace("\"presets\": [],", "").replace("\"path\": \"osc.json\",", "")
                .replace("\"inputs\": [],", "");
        LiveStateFormat.Reading reading = LiveStateFormat.read(text);
        assertTrue(reading.ok(), reading.diagnostics()::toString);
        assertEquals(List.of(), reading.state().slots().get(1).presets());
        assertNull(reading.state().slots().get(0).source().path());
        String nullPath = TWO_SLOTS_TEXT.replace("\"path\": \"osc.json\"", "\"path\": null");
        assertNull(LiveStateFormat.read(nullPath).state().slots().get(0).source().path());
    }

    @Test
    void theAudioAndSlotsMustBeThere() {
        assertOnly(Code.SNAPSHOT_FIELD_INVALID, "{\"format\": \"faustwire-snapshot\", \"version\": 1}");
        assertOnly(Code.SNAPSHOT_FIELD_INVALID,
                "{\"format\": \"faustwire-snapshot\", \"version\": 1, \"audio\": [], \"slots\": [7]}");
    }

    private static void assertOnly(Code code, String text) {
        LiveStateFormat.Reading reading = LiveStateFormat.read(text);
        assertNull(reading.state());
        assertFalse(reading.diagnostics().isEmpty());
        for (Diagnostic d : reading.diagnostics()) {
            assertEquals(code, d.code(), d.message());
        }
    }
}
