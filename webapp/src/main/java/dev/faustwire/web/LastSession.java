package dev.faustwire.web;

import dev.faustwire.session.live.LiveState;
import dev.faustwire.session.live.LiveStateFormat;
import dev.faustwire.session.live.SlotState;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Storage;
import org.teavm.jso.browser.Window;

/**
 * The last session, kept in the browser's storage as a snapshot (a moment after each change of the rack) and
 * recalled when the editor opens again: the open patch, which slots play, values, routing and audio settings.
 */
final class LastSession {
    static final String KEY = "faustwire.session";
    /** How long after a change the session is kept (ms): a slider's drag is kept once, at its end. */
    static final int DEBOUNCE = 400;
    /** How long a restore may take before changes are kept again, if the editor's audio never comes (ms). */
    static final int RESTORE_PATIENCE = 15_000;

    private final Rack rack;
    private final SnapshotRecall recall;
    private int timer = -1;
    private boolean restoring;

    private LastSession(Rack rack, SnapshotRecall recall) {
        this.rack = rack;
        this.recall = recall;
    }

    /** Restores the kept session (when there is one), then keeps every change. */
    static LastSession install(Rack rack, Slots slots, SnapshotRecall recall) {
        LastSession last = new LastSession(rack, recall);
        last.restore();
        rack.onChange(last::changed);
        slots.listen(new Slots.Listener() {
            @Override
            public void playing(String slot, String name, String dspJson) {
                if (Slots.EDITOR.equals(slot) && last.restoring) {
                    last.restoring = false;
                    last.changed();
                }
            }
        });
        return last;
    }

    private void restore() {
        String kept = storage() == null ? null : storage().getItem(KEY);
        if (kept == null) {
            return;
        }
        LiveStateFormat.Reading reading = LiveStateFormat.read(kept);
        if (!reading.ok() || reading.state().slots().isEmpty()) {
            return;
        }
        LiveState state = reading.state();
        SlotState editor = SnapshotRecall.editor(state);
        restoring = editor != null && editor.playing();
        if (restoring) {
            Window.setTimeout(() -> restoring = false, RESTORE_PATIENCE);
        }
        recall.recall(state, true);
    }

    private void changed() {
        if (restoring) {
            return; // the session is still coming back: what it is now is not what the person left
        }
        if (timer >= 0) {
            Window.clearTimeout(timer);
        }
        timer = Window.setTimeout(this::keep, DEBOUNCE);
    }

    private void keep() {
        timer = -1;
        if (storage() != null) {
            storage().setItem(KEY, LiveStateFormat.write(rack.state()));
        }
    }

    private static Storage storage() {
        return hasStorage() ? Storage.getLocalStorage() : null;
    }

    @JSBody(script = "try { return !!window.localStorage; } catch (e) { return false; }")
    private static native boolean hasStorage();
}
