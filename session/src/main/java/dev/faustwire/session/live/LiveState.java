package dev.faustwire.session.live;

import java.util.List;

/**
 * The state of a live session, as a snapshot keeps it: the slots (the editor's patch and the rack's),
 * in rack order, and the audio settings. Data only: the rack makes it and recalls it, the snapshot
 * format reads and writes it.
 */
public record LiveState(List<SlotState> slots, AudioSettings audio) {
    public LiveState {
        slots = List.copyOf(slots);
    }
}
