package dev.faustwire.server.live;

/** What a remote page, an OSC client or an editor page hears from the {@link LiveHub}; called on the changing thread, must not block. */
public interface LiveListener {
    /** A slot opened, or its page plays another DSP (new controls). */
    default void slotChanged(LiveSlot slot) {
    }

    /** A control of a slot took a value; {@code origin} is who set it (a listener skips its own changes). */
    default void valueChanged(LiveSlot slot, String address, double value, Object origin) {
    }

    /** A file dropped on a remote page for this slot: its page should play it instead. */
    default void replaceAsked(LiveSlot slot, String fileName, String text, Object origin) {
    }

    /** The slot's page stopped it or went away. */
    default void slotClosed(int number) {
    }
}
