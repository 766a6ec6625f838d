package dev.faustwire.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.server.toolchain.DspDescription;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The controls read from Faust's JSON: kinds, ranges and the metadata of nested groups, without compiling. */
class ControlSpecTest {
    private static final String JSON = """
            {"size": 64, "inputs": 0, "outputs": 1, "ui": [{"type": "vgroup", "label": "main", "items": [
              {"type": "hgroup", "label": "osc", "items": [
                {"type": "hslider", "label": "freq", "address": "/main/osc/freq", "index": 8,
                 "meta": [{"unit": "Hz"}, {"scale": "log"}], "init": 440, "min": 20, "max": 2000, "step": 1}]},
              {"type": "button", "label": "gate", "address": "/main/gate", "index": 12},
              {"type": "vbargraph", "label": "level", "address": "/main/level", "index": 16, "min": -60, "max": 0}
            ]}]}
            """;

    @Test
    void kindsRangesAndMetadata() {
        List<ControlSpec> specs = ControlSpec.of(DspDescription.parse(JSON));
        assertEquals(List.of("/main/osc/freq", "/main/gate", "/main/level"), specs.stream().map(ControlSpec::address).toList());
        ControlSpec freq = specs.get(0);
        assertEquals(ControlKind.HSLIDER, freq.kind());
        assertEquals(8, freq.zone());
        assertEquals(List.of(440.0, 20.0, 2000.0, 1.0), List.of(freq.init(), freq.min(), freq.max(), freq.step()));
        assertEquals(List.of("unit", "scale"), List.copyOf(freq.metadata().keySet()));
        assertEquals(Map.of("unit", "Hz", "scale", "log"), freq.metadata());
        ControlSpec gate = specs.get(1);
        assertEquals(ControlKind.BUTTON, gate.kind());
        assertEquals(List.of(0.0, 1.0, 1.0), List.of(gate.min(), gate.max(), gate.step()));
        assertEquals(Map.of(), gate.metadata());
        ControlSpec level = specs.get(2);
        assertTrue(level.kind().isOutput());
        assertEquals(List.of(0.0, -60.0, 0.0, 0.0), List.of(level.init(), level.min(), level.max(), level.step()));
    }

    @Test
    void aControlTheApiCannotDriveIsRefused() {
        String soundfile = """
                {"size": 8, "inputs": 0, "outputs": 1, "ui": [{"type": "vgroup", "label": "main", "items": [
                  {"type": "soundfile", "label": "s", "address": "/main/s", "index": 0}]}]}
                """;
        FaustException e = assertThrows(FaustException.class, () -> ControlSpec.of(DspDescription.parse(soundfile)));
        assertTrue(e.getMessage().contains("soundfile"), e.getMessage());
        assertEquals("vslider", ControlKind.VSLIDER.faustName());
    }
}
