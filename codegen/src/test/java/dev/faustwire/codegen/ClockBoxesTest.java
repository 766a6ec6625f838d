package dev.faustwire.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.model.Patch;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The clock boxes (clock N, clock.ms T, tick): their Faust, their ports, and the texts they refuse. */
class ClockBoxesTest {

    private static CodegenResult generate(Patch patch) {
        return Codegen.generate(patch, BundledIndex.get());
    }

    private static String code(String... specs) {
        CodegenResult result = generate(TestPatches.of(specs));
        assertTrue(result.ok(), result.diagnostics().toString());
        return result.code();
    }

    /** The errors of a patch whose box-1 has this text, feeding out 1. */
    private static List<Diagnostic> errors(String text) {
        CodegenResult result = generate(TestPatches.of("box-1 = " + text, "box-2 = out 1", "box-1:0 -> box-2:0"));
        List<Diagnostic> errors = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            if (d.isError()) {
                errors.add(d);
            }
        }
        assertNull(result.code(), text + " gives no program");
        return errors;
    }

    private static void assertWrongArgument(String text, String... words) {
        List<Diagnostic> errors = errors(text);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(Code.WRONG_ARGUMENT, errors.get(0).code(), errors.toString());
        assertEquals("box-1", errors.get(0).boxId());
        for (String word : words) {
            assertTrue(errors.get(0).message().contains(word), text + ": " + errors.get(0).message());
        }
    }

    @Test
    void clockEveryNSamplesIsWhereTheCountOfSamplesModuloNIsZero() {
        assertTrue(code("box-1 = clock 4", "box-2 = out 1", "box-1:0 -> box-2:0").contains("Clock_1_0 = ba.period(4) == 0;"));
        assertTrue(code("box-1 = clock 1", "box-2 = out 1", "box-1:0 -> box-2:0").contains("Clock_1_0 = ba.period(1) == 0;"));
        assertEquals(new BoxPorts.Count(0, 1, true), BoxPorts.of(new dev.faustwire.core.model.Box("b", "clock 4", null),
                BundledIndex.get()));
    }

    @Test
    void clockInMillisecondsRoundsToSamplesAtTheRunningRate() {
        assertTrue(code("box-1 = clock.ms 200", "box-2 = out 1", "box-1:0 -> box-2:0")
                .contains("Clock_ms_1_0 = 200 : *(ma.SR / 1000) : rint : max(1) : min(1e9) : ba.period : ==(0);"));
        String fed = code("box-3 = hslider period 200 10 1000 1", "box-1 = clock.ms", "box-2 = out 1",
                "box-3:0 -> box-1:0", "box-1:0 -> box-2:0");
        assertTrue(fed.contains("Clock_ms_1_0 = Hslider_3_0 : *(ma.SR / 1000) : rint : max(1) : min(1e9) : ba.period : ==(0);"),
                fed);
        assertEquals(new BoxPorts.Count(1, 1, true), BoxPorts.of(new dev.faustwire.core.model.Box("b", "clock.ms", null),
                BundledIndex.get()));
    }

    @Test
    void tickIsAButtonThatGivesOneOnePerPress() {
        assertTrue(code("box-1 = tick", "box-2 = out 1", "box-1:0 -> box-2:0")
                .contains("Tick_1_0 = button(\"tick\") : ba.impulsify;"));
        assertTrue(code("box-1 = tick step", "box-2 = out 1", "box-1:0 -> box-2:0")
                .contains("Tick_1_0 = button(\"step\") : ba.impulsify;"));
    }

    @Test
    void wrongArgumentsAreRefusedOnTheBox() {
        assertWrongArgument("clock 0", "from 1", "\"0\"");
        assertWrongArgument("clock -1", "from 1", "\"-1\"");
        assertWrongArgument("clock x", "whole number", "\"x\"");
        assertWrongArgument("clock 2.5", "whole number");
        assertWrongArgument("clock", "clock 4", "nothing");
        assertWrongArgument("clock 4 8", "2 arguments");
        assertWrongArgument("clock.ms -5", "above 0", "\"-5\"");
        assertWrongArgument("clock.ms 0", "above 0");
        assertWrongArgument("clock.ms x", "milliseconds", "\"x\"");
        assertWrongArgument("clock.ms 1e9", "an hour");
        assertWrongArgument("clock.ms 100 200", "one period");
        assertWrongArgument("tick a b", "one label");
    }

    @Test
    void aClockInsideAnOndemandBoxIsRefusedWithWhereToPutIt() {
        for (String text : List.of("clock 4", "clock.ms 10", "tick")) {
            Patch content = TestPatches.of("k = " + text, "o = out 1", "k:0 -> o:0");
            Patch outer = TestPatches.of("c = clock 2", "od = ondemand", "out = out 1", "c:0 -> od:0", "od:0 -> out:0");
            outer = outer.withBox("od", outer.box("od").withSubpatch(content));
            CodegenResult result = generate(outer);
            assertNull(result.code(), text);
            assertEquals(1, result.diagnostics().size(), result.diagnostics().toString());
            Diagnostic d = result.diagnostics().get(0);
            assertEquals(Code.ONDEMAND_NOT_GATED, d.code());
            assertEquals("od/k", d.boxId());
            assertTrue(d.message().contains("put the clock outside") && d.message().contains("clock inlet"), d.message());
        }
    }
}
