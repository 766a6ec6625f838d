package dev.faustwire.core.editor;

import dev.faustwire.core.view.Point;

/**
 * The text field the page opens to type a box: for a new box at a canvas point ({@code boxId}
 * null), or over an existing box. {@code multiline} for a comment's note.
 */
public record TextField(String boxId, Point at, double width, String text, boolean multiline) {
}
