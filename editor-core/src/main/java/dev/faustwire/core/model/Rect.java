package dev.faustwire.core.model;

/** Where a box sits on the canvas: left, top, width, height in canvas pixels. */
public record Rect(double x, double y, double width, double height) {

    public Rect movedTo(double newX, double newY) {
        return new Rect(newX, newY, width, height);
    }

    public Rect resizedTo(double newWidth, double newHeight) {
        return new Rect(x, y, newWidth, newHeight);
    }
}
