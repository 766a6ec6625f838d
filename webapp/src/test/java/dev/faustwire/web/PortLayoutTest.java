package dev.faustwire.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Ports spread evenly along a box edge, first at the left, last at the right, as in Max. */
class PortLayoutTest {

    @Test
    void aSinglePortSitsAtTheLeft() {
        assertEquals(0, PortLayout.portX(100, 0, 1));
        assertEquals(PortLayout.PORT_WIDTH / 2, PortLayout.portCenterX(100, 0, 1));
    }

    @Test
    void twoPortsSitAtBothEnds() {
        assertEquals(0, PortLayout.portX(100, 0, 2));
        assertEquals(100 - PortLayout.PORT_WIDTH, PortLayout.portX(100, 1, 2));
    }

    @Test
    void portsAreEvenlySpaced() {
        double step = PortLayout.portX(107, 1, 5) - PortLayout.portX(107, 0, 5);
        for (int i = 1; i < 5; i++) {
            assertEquals(step, PortLayout.portX(107, i, 5) - PortLayout.portX(107, i - 1, 5), 1e-9);
        }
    }

    @Test
    void aBoxTooNarrowForItsPortsStillKeepsThemInside() {
        assertEquals(0, PortLayout.portX(3, 2, 3));
    }

    @Test
    void widthGrowsWithTextAndPortsButNotBelowTheMinimum() {
        assertEquals(45, PortLayout.widthForText("+", 2));
        assertTrue(PortLayout.widthForText("si.bus 5 @ins 6 @outs 5", 5) > PortLayout.widthForText("si.bus", 5));
        assertTrue(PortLayout.widthForText("x", 12) >= 12 * PortLayout.PORT_WIDTH);
    }
}
