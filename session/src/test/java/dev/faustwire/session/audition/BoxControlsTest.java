package dev.faustwire.session.audition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faustwire.codegen.ui.UiPaths.ControlPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Faust's address rules for labels, and a box kept only when the compiled UI has its control. */
class BoxControlsTest {
    @Test
    void aLabelLosesItsMetadataAndSomeCharactersBecomeUnderscores() {
        assertEquals("freq", BoxControls.segment("freq[unit:Hz][style:knob]"));
        assertEquals("base_freq", BoxControls.segment("  base freq [tooltip:the pitch]"));
        assertEquals("a_b_c_d_e_f_g'h.i:j", BoxControls.segment("a#b*c,d?e{f}g'h.i:j"));
        assertEquals("a_b_", BoxControls.segment("a(b)"));
        assertEquals("0x00", BoxControls.segment("[style:knob]"), "Faust's name for an empty label");
    }

    @Test
    void aBoxIsMatchedByAddressAndKind() {
        List<Control> tree = Controls.read(ControlsTest.JSON); // root "t": /t/freq, /t/lvl, /t/t/a/g, /t/v/b...
        Map<String, List<Control>> found = BoxControls.of(List.of(
                new ControlPath("box-1", "hslider", List.of("freq[unit:Hz]")),
                new ControlPath("box-2", "vslider", List.of("freq")),
                new ControlPath("box-3/box-1", "vslider", List.of("t", "a", "g")),
                new ControlPath("box-4", "button", List.of("v", "b")),
                new ControlPath("box-4", "button", List.of("v", "b")),
                new ControlPath("box-5", "checkbox", List.of("nowhere"))), tree);
        assertEquals(List.of("box-1", "box-3/box-1", "box-4"), List.copyOf(found.keySet()));
        assertEquals("/t/freq", found.get("box-1").get(0).address());
        assertEquals("/t/t/a/g", found.get("box-3/box-1").get(0).address());
        assertEquals(1, found.get("box-4").size(), "the same control once");
    }
}
