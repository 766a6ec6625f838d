package dev.faustwire.session.audition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompileScheduleTest {
    private final CompileSchedule schedule = new CompileSchedule();

    @Test
    void aChangedProgramIsPostedOnceTheEditsPause() {
        schedule.edited("A", 1000);
        assertEquals(150, schedule.waitMs(1000));
        assertEquals(0, schedule.due(1149));
        assertEquals(1, schedule.due(1150));
        assertEquals("A", schedule.requested());
        assertTrue(schedule.compiling());
        assertEquals(-1, schedule.waitMs(1200));
        assertEquals(0, schedule.due(2000), "posted once");
    }

    @Test
    void eachEditPushesThePauseBack() {
        schedule.edited("A", 1000);
        schedule.edited("AB", 1100);
        assertEquals(0, schedule.due(1160));
        assertEquals(90, schedule.waitMs(1160));
        assertEquals(1, schedule.due(1250));
        assertEquals("AB", schedule.requested());
    }

    @Test
    void anEditThatKeepsTheProgramDoesNotRestartThePause() {
        schedule.edited("A", 1000);
        schedule.edited("A", 1140); // a box moved: same program
        assertEquals(1, schedule.due(1150));
    }

    @Test
    void anUnchangedProgramIsNotCompiledAgain() {
        schedule.edited("A", 0);
        assertEquals(1, schedule.due(200));
        assertTrue(schedule.answered(1));
        schedule.edited("A", 300);
        assertEquals(-1, schedule.waitMs(300));
        assertEquals(0, schedule.due(1000));
    }

    @Test
    void goingBackToTheRequestedProgramCancelsTheWaitingOne() {
        schedule.edited("A", 0);
        assertEquals(1, schedule.due(150));
        schedule.edited("B", 160);
        schedule.edited("A", 170); // undo before the pause ended
        assertEquals(0, schedule.due(1000));
        assertTrue(schedule.answered(1), "A's answer is still the one to play");
    }

    @Test
    void anAnswerOvertakenByANewerRequestIsDropped() {
        schedule.edited("A", 0);
        assertEquals(1, schedule.due(150));
        schedule.edited("B", 160);
        assertEquals(2, schedule.due(310));
        assertFalse(schedule.answered(1));
        assertTrue(schedule.compiling(), "B still runs");
        assertTrue(schedule.answered(2));
        assertFalse(schedule.compiling());
    }

    @Test
    void noProgramPostsNothing() {
        schedule.edited(null, 0);
        assertEquals(-1, schedule.waitMs(0));
        assertEquals(0, schedule.due(500));
    }

    @Test
    void resetDropsAnswersOnTheirWayAndAsksAgain() {
        schedule.edited("A", 0);
        assertEquals(1, schedule.due(150));
        schedule.reset();
        assertFalse(schedule.answered(1));
        schedule.edited("A", 200);
        assertEquals(3, schedule.due(350), "the same program is asked again after a reset");
    }

    @Test
    void typingFastPostsOnlyTheLastProgram() {
        double now = 0;
        for (int i = 0; i < 20; i++) {
            schedule.edited("program " + i, now);
            assertEquals(0, schedule.due(now), "no request while edits come faster than the pause");
            now += 100;
        }
        assertEquals(0, schedule.due(now + 49), "150 ms after the last edit (at now - 100), not before");
        assertEquals(1, schedule.due(now + 50));
        assertEquals("program 19", schedule.requested());
    }

    @Test
    void anEditDuringACompileWaitsItsOwnPauseAndTheOldAnswerIsDropped() {
        schedule.edited("A", 0);
        int a = schedule.due(150);
        schedule.edited("B", 200);
        assertTrue(schedule.compiling());
        assertEquals(100, schedule.waitMs(250));
        int b = schedule.due(350);
        assertFalse(schedule.answered(a), "A came back after B was posted");
        assertTrue(schedule.answered(b));
    }
}
