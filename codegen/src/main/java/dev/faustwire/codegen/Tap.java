package dev.faustwire.codegen;

/**
 * A wire to listen to while auditioning: outlet {@code outlet} of box {@code boxId} on the top level.
 * Generation with a tap adds that signal as one extra output after the patch's own; the tap is for
 * the page's scope and wire meter only and never reaches saved files, the code panel or exports.
 */
public record Tap(String boxId, int outlet) {
}
