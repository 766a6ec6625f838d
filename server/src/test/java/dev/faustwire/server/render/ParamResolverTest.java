package dev.faustwire.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.server.render.RenderException.Code;
import dev.faustwire.server.toolchain.DspDescription;
import org.junit.jupiter.api.Test;

class ParamResolverTest {
    private static final DspDescription DSP = DspDescription.parse("""
            {"size": 64, "inputs": 0, "outputs": 1, "ui": [{"type": "vgroup", "label": "main", "items": [
              {"type": "hslider", "label": "gain", "address": "/main/a/gain", "index": 0},
              {"type": "hslider", "label": "gain", "address": "/main/b/gain", "index": 4},
              {"type": "hslider", "label": "freq", "address": "/main/freq", "index": 8},
              {"type": "hslider", "label": "ffreq", "address": "/main/ffreq", "index": 12},
              {"type": "vbargraph", "label": "meter", "address": "/main/meter", "index": 16}]}]}
            """);

    @Test
    void exactAddressWins() {
        assertEquals(8, ParamResolver.resolve(DSP, "/main/freq").index());
        assertEquals(4, ParamResolver.resolve(DSP, "/main/b/gain").index());
    }

    @Test
    void uniqueSuffixAtASlashBoundary() {
        assertEquals(8, ParamResolver.resolve(DSP, "freq").index(), "not ambiguous with ffreq");
        assertEquals(8, ParamResolver.resolve(DSP, "/freq").index());
        assertEquals(12, ParamResolver.resolve(DSP, "ffreq").index());
        assertEquals(0, ParamResolver.resolve(DSP, "a/gain").index());
        assertEquals(4, ParamResolver.resolve(DSP, "main/b/gain").index());
    }

    @Test
    void partOfANameIsUnknown() {
        for (String name : new String[] {"req", "ain", "/main/fre", "", "/", "main/a", "FREQ"}) {
            RenderException e = assertThrows(RenderException.class, () -> ParamResolver.resolve(DSP, name), name);
            assertEquals(Code.UNKNOWN_PARAM, e.code(), name);
            assertTrue(e.getMessage().contains("/main/a/gain, /main/b/gain, /main/freq, /main/ffreq"), e.getMessage());
        }
    }

    @Test
    void sharedSuffixIsAmbiguous() {
        RenderException e = assertThrows(RenderException.class, () -> ParamResolver.resolve(DSP, "gain"));
        assertEquals(Code.AMBIGUOUS_PARAM, e.code());
        assertTrue(e.getMessage().contains("/main/a/gain, /main/b/gain"), e.getMessage());
    }

    @Test
    void bargraphsCannotBeSet() {
        RenderException e = assertThrows(RenderException.class, () -> ParamResolver.resolve(DSP, "/main/meter"));
        assertEquals(Code.UNKNOWN_PARAM, e.code());
    }

    @Test
    void noControlsSaysSo() {
        DspDescription none = DspDescription.parse("{\"size\": 0, \"inputs\": 0, \"outputs\": 1, \"ui\": []}");
        RenderException e = assertThrows(RenderException.class, () -> ParamResolver.resolve(none, "x"));
        assertTrue(e.getMessage().contains("no controls"), e.getMessage());
    }
}
