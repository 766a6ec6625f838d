package dev.faustwire.stdlib;

/** A documented name the index leaves out, and why. */
public record Skipped(String name, String library, String reason) {
}
