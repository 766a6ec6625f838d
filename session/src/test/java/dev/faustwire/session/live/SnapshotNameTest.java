package dev.faustwire.session.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.faustwire.core.diag.Code;
import org.junit.jupiter.api.Test;

/** Which snapshot names make a file name in snapshots/, and which are an E049. */
class SnapshotNameTest {
    @Test
    void goodNames() {
        for (String name : new String[] {"live set", "A", "set-2 (final)", "été", "x".repeat(100), "a.b"}) {
            assertNull(SnapshotName.check(name), name);
        }
    }

    @Test
    void badNames() {
        for (String name : new String[] {null, "", ".hidden", "..", " lead", "trail ", "a/b", "../x", "a\\b", "a\nb",
                "tab\t", "del\u007f", "x".repeat(101), "\ud83c\udfb5"}) {
            assertEquals(Code.SNAPSHOT_NAME_INVALID, SnapshotName.check(name).code(), String.valueOf(name));
        }
    }
}
