package dev.faustwire.web;

import dev.faustwire.session.live.LiveState;
import dev.faustwire.session.live.Preset;
import dev.faustwire.session.live.SlotState;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSBody;

/**
 * Recalls a saved state into the page: the rack takes its slots; the editor's audio is switched on or off as the
 * state has it; the editor slot's presets come back once the editor plays (the rack makes that slot anew then, and
 * after audio off and on again).
 */
final class SnapshotRecall {
    private final Rack rack;
    private final Slots slots;
    private List<Preset> editorPresets = List.of();

    SnapshotRecall(Rack rack, Slots slots) {
        this.rack = rack;
        this.slots = slots;
        slots.listen(new Slots.Listener() {
            @Override
            public void playing(String slot, String name, String dspJson) {
                if (Slots.EDITOR.equals(slot)) {
                    SlotState editor = editor(rack.state());
                    if (editor != null && editor.presets().isEmpty() && !editorPresets.isEmpty()) {
                        rack.presets(Slots.EDITOR, editorPresets);
                    }
                }
            }
        });
        rack.onChange(() -> {
            SlotState editor = editor(rack.state());
            if (editor != null) {
                editorPresets = editor.presets();
            }
        });
    }

    /** The session becomes the state ({@code replace}), or the state's slots are added to it. */
    void recall(LiveState state, boolean replace) {
        SlotState editor = editor(state);
        if (replace) {
            editorPresets = editor == null ? List.of() : editor.presets();
        }
        rack.recall(state, replace);
        if (replace) {
            if (editor(rack.state()) != null) {
                rack.presets(Slots.EDITOR, editorPresets);
            }
            Slots.Control control = slots.control(Slots.EDITOR);
            if (editor != null && control != null) {
                for (Map.Entry<String, Double> v : editor.values().entrySet()) {
                    control.set(v.getKey(), v.getValue()); // the playing DSP and its panel too, not only the kept values
                }
            }
            editorAudio(editor != null && editor.playing());
        }
    }

    static SlotState editor(LiveState state) {
        for (SlotState s : state.slots()) {
            if (Slots.EDITOR.equals(s.id())) {
                return s;
            }
        }
        return null;
    }

    /** Presses the Audio button when the editor's audio is not as wanted: a recalled session plays as it did. */
    @JSBody(params = "on", script = "var b = document.querySelector(\"[data-role='audio']\");"
            + " if (b && (b.getAttribute('aria-pressed') === 'true') !== !!on) b.click();")
    static native void editorAudio(boolean on);
}
