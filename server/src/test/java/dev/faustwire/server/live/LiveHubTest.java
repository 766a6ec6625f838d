package dev.faustwire.server.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.server.toolchain.DspControl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The hub's rules: numbers, clamping, values kept across an update, close, who hears what, and many threads at once. */
class LiveHubTest {
    /** faust's JSON of {@code hslider freq 440 20 2000 1 -> os.osc}, a gate button and a level bargraph. */
    static final String DSP = """
            {"name": "sine", "size": 40, "inputs": 0, "outputs": 1, "ui": [{"type": "vgroup", "label": "main", "items": [
              {"type": "hslider", "label": "freq", "address": "/main/freq", "index": 8, "init": 440, "min": 20, "max": 2000, "step": 1},
              {"type": "button", "label": "gate", "address": "/main/gate", "index": 12},
              {"type": "hbargraph", "label": "level", "address": "/main/level", "index": 16, "min": -1, "max": 1}]}]}""";

    /** Another DSP that keeps /main/freq and drops the gate. */
    static final String OTHER = """
            {"size": 8, "inputs": 0, "outputs": 1, "ui": [{"type": "vgroup", "label": "main", "items": [
              {"type": "hslider", "label": "freq", "address": "/main/freq", "index": 0, "init": 220, "min": 20, "max": 2000, "step": 1},
              {"type": "nentry", "label": "gain", "address": "/main/gain", "index": 4, "init": 0.5, "min": 0, "max": 1, "step": 0.01}]}]}""";

    /** Everything a listener heard, as lines. */
    static final class Heard implements LiveListener {
        final List<String> lines = new ArrayList<>();

        @Override
        public synchronized void slotChanged(LiveSlot slot) {
            lines.add("changed " + slot.number() + " " + slot.name());
        }

        @Override
        public synchronized void valueChanged(LiveSlot slot, String address, double value, Object origin) {
            lines.add("value " + slot.number() + " " + address + " " + value + " by " + origin);
        }

        @Override
        public synchronized void replaceAsked(LiveSlot slot, String fileName, String text, Object origin) {
            lines.add("replace " + slot.number() + " " + fileName + " " + text.length());
        }

        @Override
        public synchronized void slotClosed(int number) {
            lines.add("closed " + number);
        }
    }

    @Test
    void slotsAreNumberedFromOneAndValuesAreClampedToTheControlsRange() {
        LiveHub hub = new LiveHub();
        assertEquals(1, hub.open("a", DSP, "page"));
        assertEquals(2, hub.open("b", DSP, "page"));
        assertEquals(Optional.of(660.0), hub.set(1, "/main/freq", 660, "phone"));
        assertEquals(Optional.of(2000.0), hub.set(1, "/main/freq", 1e9, "phone"));
        assertEquals(Optional.of(20.0), hub.set(1, "/main/freq", -5, "phone"));
        assertEquals(Optional.of(1.0), hub.set(1, "/main/gate", 3, "phone"), "a button ranges 0..1");
        assertEquals(20.0, hub.slot(1).orElseThrow().values().get("/main/freq"));
        assertEquals(440.0, hub.slot(2).orElseThrow().value(hub.slot(2).orElseThrow().control("/main/freq").orElseThrow()),
                "slot 2 keeps its init");
    }

    @Test
    void nothingIsSetOnAMissingSlotOrControlABargraphOrANonFiniteValue() {
        LiveHub hub = new LiveHub();
        hub.open("a", DSP, "page");
        assertEquals(Optional.empty(), hub.set(9, "/main/freq", 1, "x"));
        assertEquals(Optional.empty(), hub.set(1, "/main/nope", 1, "x"));
        assertEquals(Optional.empty(), hub.set(1, "/main/level", 0.5, "x"), "the DSP writes a bargraph");
        assertEquals(Optional.empty(), hub.set(1, "/main/freq", Double.NaN, "x"));
        assertEquals(Optional.empty(), hub.set(1, "/main/freq", Double.POSITIVE_INFINITY, "x"));
        assertTrue(hub.slot(1).orElseThrow().values().isEmpty());
    }

    @Test
    void anUpdateKeepsTheValuesOfAddressesThatRemain() {
        LiveHub hub = new LiveHub();
        int n = hub.open("a", DSP, "page");
        hub.set(n, "/main/freq", 660, "phone");
        hub.set(n, "/main/gate", 1, "phone");
        assertTrue(hub.update(n, "a2", OTHER, "page"));
        LiveSlot slot = hub.slot(n).orElseThrow();
        assertEquals("a2", slot.name());
        assertEquals(java.util.Map.of("/main/freq", 660.0), slot.values(), "freq kept, the gone gate forgotten");
        assertEquals(0.5, slot.value(slot.control("/main/gain").orElseThrow()), "a new control starts at its init");
        assertFalse(hub.update(7, "x", OTHER, "page"), "no such slot");
    }

    @Test
    void closeForgetsTheSlotAndReopenGivesItsNumberBackOnlyWhenFree() {
        LiveHub hub = new LiveHub();
        int n = hub.open("a", DSP, "page");
        assertFalse(hub.reopen(n, "a", DSP, "page"), "still open");
        hub.close(n);
        assertTrue(hub.slot(n).isEmpty());
        assertTrue(hub.slots().isEmpty());
        assertFalse(hub.replace(n, "x.dsp", "process = _;", "phone"));
        assertFalse(hub.reopen(5, "a", DSP, "page"), "a number never given is not taken");
        assertTrue(hub.reopen(n, "a", DSP, "page"));
        assertEquals(n, hub.slots().get(0).number());
        assertEquals(2, hub.open("b", DSP, "page"), "new numbers go on after the old ones");
    }

    @Test
    void listenersHearEveryChangeWithItsOriginUntilTheyStopListening() {
        LiveHub hub = new LiveHub();
        Heard heard = new Heard();
        hub.listen(heard);
        int n = hub.open("a", DSP, "page");
        hub.set(n, "/main/freq", 5000, "phone");
        hub.replace(n, "new.dsp", "process = 0;", "phone");
        hub.update(n, "b", OTHER, "page");
        hub.close(n);
        hub.close(n);
        hub.unlisten(heard);
        hub.open("c", DSP, "page");
        assertEquals(List.of("changed 1 a", "value 1 /main/freq 2000.0 by phone", "replace 1 new.dsp 12", "changed 1 b",
                "closed 1"), heard.lines);
    }

    @Test
    void aPolyPanelsJsonWithOnlyUiOpensAndBadJsonIsRefused() {
        LiveHub hub = new LiveHub();
        int n = hub.open("poly", """
                {"ui": [{"type": "vgroup", "label": "Polyphonic", "items": [
                  {"type": "hslider", "label": "cutoff", "address": "/Polyphonic/cutoff", "init": "1000", "min": 50, "max": 8000, "step": 1},
                  {"type": "checkbox", "label": "on", "address": "/Polyphonic/on"},
                  {"label": "no type", "address": "/x"}, 7, {"type": "nentry"}]}]}""", "page");
        List<DspControl> controls = hub.slot(n).orElseThrow().controls();
        assertEquals(List.of("/Polyphonic/cutoff", "/Polyphonic/on"), controls.stream().map(DspControl::address).toList());
        assertEquals(1000, controls.get(0).init(), "a number written as text is read");
        assertEquals(1, controls.get(1).max(), "a checkbox ranges 0..1");
        assertEquals(Optional.of(8000.0), hub.set(n, "/Polyphonic/cutoff", 9000, "x"));
        assertThrows(IllegalArgumentException.class, () -> hub.open("bad", "not json", "page"));
        assertThrows(IllegalArgumentException.class, () -> hub.open("bad", "[1]", "page"));
        assertEquals(1, hub.slots().size(), "a refused open takes no slot");
    }

    @Test
    void manyThreadsSettingOpeningAndClosingAtOnceLeaveTheHubConsistent() throws Exception {
        LiveHub hub = new LiveHub();
        int kept = hub.open("kept", DSP, "page");
        AtomicInteger heard = new AtomicInteger();
        hub.listen(new LiveListener() {
            @Override
            public void valueChanged(LiveSlot slot, String address, double value, Object origin) {
                heard.incrementAndGet();
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            work.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < 500; i++) {
                    hub.set(kept, "/main/freq", 20 + (thread * 500 + i) % 1980, "t" + thread);
                    int n = hub.open("tmp", OTHER, "t" + thread);
                    hub.set(n, "/main/gain", 0.25, "t" + thread);
                    hub.update(n, "tmp2", DSP, "t" + thread);
                    hub.close(n);
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : work) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(List.of(kept), hub.slots().stream().map(LiveSlot::number).toList(), "every temporary slot closed");
        assertEquals(8 * 500 * 2, heard.get(), "every set was heard once");
        double freq = hub.slot(kept).orElseThrow().values().get("/main/freq");
        assertTrue(freq >= 20 && freq <= 2000, "the last value set is one of those sent: " + freq);
        assertEquals(8 * 500 + 2, hub.open("last", DSP, "page"), "every open got its own number");
    }
}
