package dev.faustwire.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.events.Event;

/** The key of a keyboard event, for the Enter of the snapshot and preset name fields. */
final class SnapshotsKeys {
    private SnapshotsKeys() {
    }

    @JSBody(params = "event", script = "return event.key;")
    static native String key(Event event);
}
