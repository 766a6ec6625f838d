package dev.faustwire.session.audition;

import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import java.util.ArrayList;
import java.util.List;

/**
 * Controls that follow MIDI controllers, read from a compiled UI's {@code [midi:ctrl N]} (or
 * {@code [midi:ctrl N C]}, channel C from 1) metadata: a controller's 0..127 spans the control's range.
 */
public final class MidiControls {
    /** A control bound to controller {@code controller} on {@code channel} (0: any channel, else 1..16). */
    public record Binding(int controller, int channel, String address, double min, double max) {
    }

    /** A value for a control, by address. */
    public record Change(String address, double value) {
    }

    private final List<Binding> bindings;

    private MidiControls(List<Binding> bindings) {
        this.bindings = List.copyOf(bindings);
    }

    /** The bindings of one or more DSP JSON texts (a voice and its effect); unreadable text has none. */
    public static MidiControls read(String... dspJsons) {
        List<Binding> found = new ArrayList<>();
        for (String json : dspJsons) {
            if (json == null) {
                continue;
            }
            try {
                if (JsonParser.parse(json).value() instanceof JsonObject o) {
                    collect(o.get("ui"), found);
                }
            } catch (RuntimeException e) {
                // not a DSP description: nothing follows MIDI
            }
        }
        return new MidiControls(found);
    }

    public List<Binding> bindings() {
        return bindings;
    }

    /** What a control change sets; nothing for other messages or unbound controllers. */
    public List<Change> changes(MidiMessage message) {
        List<Change> changes = new ArrayList<>();
        if (message.kind() != MidiMessage.Kind.CONTROL_CHANGE) {
            return changes;
        }
        for (Binding b : bindings) {
            if (b.controller() == message.controller() && (b.channel() == 0 || b.channel() == message.channel() + 1)) {
                changes.add(new Change(b.address(), b.min() + (b.max() - b.min()) * message.value() / 127.0));
            }
        }
        return changes;
    }

    private static void collect(JsonValue ui, List<Binding> into) {
        if (ui instanceof JsonArray items) {
            for (JsonValue item : items.items()) {
                collect(item, into);
            }
        } else if (ui instanceof JsonObject item) {
            if (item.get("address") instanceof JsonString address && item.get("meta") instanceof JsonArray meta) {
                for (JsonValue m : meta.items()) {
                    if (m instanceof JsonObject entry && entry.get("midi") instanceof JsonString midi) {
                        Binding b = binding(midi.value(), address.value(), number(item.get("min")), number(item.get("max")));
                        if (b != null) {
                            into.add(b);
                        }
                    }
                }
            }
            collect(item.get("items"), into);
        }
    }

    /** {@code ctrl N} or {@code ctrl N C}, as faustwasm reads them; null for other MIDI metadata. */
    static Binding binding(String midi, String address, double min, double max) {
        List<String> words = words(midi);
        if (words.size() < 2 || !words.get(0).equals("ctrl")) {
            return null;
        }
        int controller = wholeNumber(words.get(1));
        int channel = words.size() > 2 ? wholeNumber(words.get(2)) : 0;
        if (controller < 0 || controller > 127 || channel < 0 || channel > 16) {
            return null;
        }
        return new Binding(controller, channel, address, min, max);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || text.charAt(i) == ' ' || text.charAt(i) == '\t';
            if (space && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }

    private static int wholeNumber(String word) {
        if (word.isEmpty() || word.length() > 3) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static double number(JsonValue v) {
        return v instanceof JsonNumber n ? n.doubleValue() : 0;
    }
}
