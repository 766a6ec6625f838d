package dev.faustwire.server.live;

import dev.faustwire.server.toolchain.DspControl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The DSPs playing in editor pages, shared by every way to reach them (remote pages, OSC, Faust's HTTP
 * scheme): slots numbered from 1, their controls and values. Editor pages open and update slots; the
 * others set values; everyone listening hears every change. Values are clamped to the control's range.
 */
public final class LiveHub {
    private final Map<Integer, LiveSlot> slots = new TreeMap<>();
    private final List<LiveListener> listeners = new CopyOnWriteArrayList<>();
    private int next = 1;

    /** Opens a slot for a DSP that plays (faust's JSON of it); its number. Throws on JSON that is not a DSP's. */
    public int open(String name, String dspJson, Object origin) {
        LiveSlot slot;
        synchronized (this) {
            int number = next++;
            slot = new LiveSlot(number, name, dspJson, controlsOf(dspJson), Map.of());
            slots.put(number, slot);
        }
        listeners.forEach(l -> l.slotChanged(slot));
        return slot.number();
    }

    /**
     * Opens a slot again under a number it had before (a page that stopped and plays again keeps its
     * phone's address); false when that number is open.
     */
    public boolean reopen(int number, String name, String dspJson, Object origin) {
        List<DspControl> controls = controlsOf(dspJson);
        LiveSlot slot;
        synchronized (this) {
            if (number < 1 || number >= next || slots.containsKey(number)) {
                return false;
            }
            slot = new LiveSlot(number, name, dspJson, controls, Map.of());
            slots.put(number, slot);
        }
        listeners.forEach(l -> l.slotChanged(slot));
        return true;
    }

    /** The slot's page plays another DSP: values of addresses that remain are kept. False when no such slot. */
    public boolean update(int number, String name, String dspJson, Object origin) {
        List<DspControl> controls = controlsOf(dspJson);
        LiveSlot slot;
        synchronized (this) {
            LiveSlot old = slots.get(number);
            if (old == null) {
                return false;
            }
            Map<String, Double> kept = new LinkedHashMap<>();
            for (DspControl c : controls) {
                Double v = old.values().get(c.address());
                if (v != null) {
                    kept.put(c.address(), v);
                }
            }
            slot = new LiveSlot(number, name, dspJson, controls, kept);
            slots.put(number, slot);
        }
        listeners.forEach(l -> l.slotChanged(slot));
        return true;
    }

    /** Closes a slot (its page stopped it or went away). */
    public void close(int number) {
        synchronized (this) {
            if (slots.remove(number) == null) {
                return;
            }
        }
        listeners.forEach(l -> l.slotClosed(number));
    }

    /**
     * Sets a control of a slot, clamped to its range; the value set, or empty when the slot or an input
     * control at that address does not exist (bargraphs are written by the DSP, not set).
     */
    public Optional<Double> set(int number, String address, double value, Object origin) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Optional.empty();
        }
        LiveSlot slot;
        double clamped;
        synchronized (this) {
            LiveSlot old = slots.get(number);
            Optional<DspControl> control = old == null ? Optional.empty() : old.control(address);
            if (control.isEmpty() || !control.get().isInput()) {
                return Optional.empty();
            }
            DspControl c = control.get();
            clamped = Math.max(Math.min(c.min(), c.max()), Math.min(Math.max(c.min(), c.max()), value));
            Map<String, Double> values = new LinkedHashMap<>(old.values());
            values.put(address, clamped);
            slot = new LiveSlot(number, old.name(), old.json(), old.controls(), values);
            slots.put(number, slot);
        }
        double heard = clamped;
        listeners.forEach(l -> l.valueChanged(slot, address, heard, origin));
        return Optional.of(clamped);
    }

    /** Asks the page that plays a slot to play a dropped file instead; false when no such slot. */
    public boolean replace(int number, String fileName, String text, Object origin) {
        LiveSlot slot = slot(number).orElse(null);
        if (slot == null) {
            return false;
        }
        listeners.forEach(l -> l.replaceAsked(slot, fileName, text, origin));
        return true;
    }

    public synchronized Optional<LiveSlot> slot(int number) {
        return Optional.ofNullable(slots.get(number));
    }

    /** Every open slot, by number. */
    public synchronized List<LiveSlot> slots() {
        return new ArrayList<>(slots.values());
    }

    public void listen(LiveListener listener) {
        listeners.add(listener);
    }

    public void unlisten(LiveListener listener) {
        listeners.remove(listener);
    }

    /** The controls of faust's JSON, read leniently (a poly panel's JSON has only "ui"); throws on text that is no JSON object. */
    static List<DspControl> controlsOf(String dspJson) {
        return LiveControls.read(dspJson);
    }
}
