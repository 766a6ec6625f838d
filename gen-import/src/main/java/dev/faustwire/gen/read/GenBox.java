package dev.faustwire.gen.read;

import dev.faustwire.core.model.Rect;

/**
 * One box of a Gen patcher as the file holds it: its Max id, class ({@code newobj}, {@code codebox},
 * {@code comment}...), text with Max's {@code \,} and {@code \;} escapes undone, the port counts the
 * file states (-1 when absent), its place, the code of a codebox, and an embedded patcher ({@code gen}).
 */
public record GenBox(String id, String maxclass, String text, int numInlets, int numOutlets, Rect rect,
                     String code, GenPatcher patcher) {
}
