package dev.faustwire.codegen.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Outlets}: each outlet once, read in ascending order, whatever order lines were added in. */
class OutletsTest {
    @Test
    void readsEachOutletOnceInAscendingOrder() {
        Outlets outlets = new Outlets();
        assertTrue(outlets.isEmpty());
        assertArrayEquals(new int[0], outlets.ascending());

        outlets.add(7);
        outlets.add(0);
        outlets.add(7);
        outlets.add(3);

        assertFalse(outlets.isEmpty());
        assertArrayEquals(new int[] {0, 3, 7}, outlets.ascending());
    }

    @Test
    void theOrderIsMadeOnceAndMadeAgainAfterAnAddition() {
        Outlets outlets = new Outlets();
        outlets.add(1);
        int[] first = outlets.ascending();
        assertSame(first, outlets.ascending());
        outlets.add(1);
        assertSame(first, outlets.ascending(), "adding an outlet already there changes nothing");

        outlets.add(40);

        assertArrayEquals(new int[] {1, 40}, outlets.ascending());
    }
}
