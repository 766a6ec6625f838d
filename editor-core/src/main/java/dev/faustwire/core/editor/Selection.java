package dev.faustwire.core.editor;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** The selected boxes and lines of the open level, by id, in id order. Immutable. */
public record Selection(Set<String> boxes, Set<String> lines) {
    public static final Selection NONE = new Selection(new TreeSet<>(), new TreeSet<>());

    public Selection {
        boxes = java.util.Collections.unmodifiableSet(new TreeSet<>(boxes));
        lines = java.util.Collections.unmodifiableSet(new TreeSet<>(lines));
    }

    public static Selection ofBoxes(Collection<String> ids) {
        return new Selection(new TreeSet<>(ids), new TreeSet<>());
    }

    public static Selection ofBox(String id) {
        TreeSet<String> one = new TreeSet<>();
        one.add(id);
        return new Selection(one, new TreeSet<>());
    }

    public static Selection ofLine(String id) {
        TreeSet<String> one = new TreeSet<>();
        one.add(id);
        return new Selection(new TreeSet<>(), one);
    }

    public boolean isEmpty() {
        return boxes.isEmpty() && lines.isEmpty();
    }

    public boolean hasBox(String id) {
        return boxes.contains(id);
    }

    public boolean hasLine(String id) {
        return lines.contains(id);
    }

    /** This selection with a box added when absent, removed when present (Shift-click). */
    public Selection toggleBox(String id) {
        TreeSet<String> copy = new TreeSet<>(boxes);
        if (!copy.remove(id)) {
            copy.add(id);
        }
        return new Selection(copy, lines);
    }

    /** This selection with a line added when absent, removed when present. */
    public Selection toggleLine(String id) {
        TreeSet<String> copy = new TreeSet<>(lines);
        if (!copy.remove(id)) {
            copy.add(id);
        }
        return new Selection(boxes, copy);
    }

    /** Both selections together. */
    public Selection plus(Selection other) {
        TreeSet<String> b = new TreeSet<>(boxes);
        b.addAll(other.boxes);
        TreeSet<String> l = new TreeSet<>(lines);
        l.addAll(other.lines);
        return new Selection(b, l);
    }

    /** Only the ids that still exist. */
    public Selection keepOnly(Collection<String> boxIds, Collection<String> lineIds) {
        TreeSet<String> b = new TreeSet<>(boxes);
        b.retainAll(boxIds);
        TreeSet<String> l = new TreeSet<>(lines);
        l.retainAll(lineIds);
        return b.size() == boxes.size() && l.size() == lines.size() ? this : new Selection(b, l);
    }
}
