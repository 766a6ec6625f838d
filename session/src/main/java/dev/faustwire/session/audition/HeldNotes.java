package dev.faustwire.session.audition;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The notes held down, by any mix of mouse, latch (shift-click), computer keys and MIDI: a note
 * sounds once however many hands hold it (faustwasm would give it a second voice), and stops when
 * the last lets go. Each method says whether the instrument must hear a note on or off.
 */
public final class HeldNotes {
    private final TreeMap<Integer, Integer> holds = new TreeMap<>();
    private final TreeSet<Integer> latched = new TreeSet<>();

    /** One more hold of the note; true when it starts sounding. */
    public boolean press(int note) {
        int n = holds.getOrDefault(note, 0) + 1;
        holds.put(note, n);
        return n == 1;
    }

    /** One hold fewer; true when the note stops sounding. A release of a note not held changes nothing. */
    public boolean release(int note) {
        Integer n = holds.get(note);
        if (n == null) {
            return false;
        }
        if (n == 1) {
            holds.remove(note);
            return true;
        }
        holds.put(note, n - 1);
        return false;
    }

    /** Latches a note on, or lets a latched note go: true when it is latched now. */
    public boolean toggleLatch(int note) {
        if (latched.remove(note)) {
            return false;
        }
        latched.add(note);
        return true;
    }

    public boolean latched(int note) {
        return latched.contains(note);
    }

    public boolean sounding(int note) {
        return holds.containsKey(note);
    }

    /** Every sounding note, lowest first; all are forgotten (the instrument was replaced or switched off). */
    public List<Integer> clear() {
        List<Integer> all = new ArrayList<>(holds.keySet());
        holds.clear();
        latched.clear();
        return all;
    }
}
