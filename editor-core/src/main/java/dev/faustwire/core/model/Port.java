package dev.faustwire.core.model;

/** One end of a line: a box id and a 0-based inlet or outlet index. */
public record Port(String boxId, int index) {
}
