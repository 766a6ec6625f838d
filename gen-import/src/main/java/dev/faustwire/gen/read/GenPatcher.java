package dev.faustwire.gen.read;

import java.util.List;

/** A Gen patcher: its boxes and cords in file order, and its title (the gen~ box's text, or null). */
public record GenPatcher(String title, List<GenBox> boxes, List<GenLine> lines) {
    public GenPatcher {
        boxes = List.copyOf(boxes);
        lines = List.copyOf(lines);
    }
}
