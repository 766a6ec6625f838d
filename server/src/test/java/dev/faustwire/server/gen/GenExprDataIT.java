package dev.faustwire.server.gen;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GenExpr codeboxes with {@code Data}: translated, compiled by the real faust ({@code -double}), rendered in the JVM
 * and compared within 1e-9 with {@link GenExprReference}, which runs the code once per sample with a Java array
 * written and read in program order (GenExprNumericIT's check). Inputs: in1 audio with noise (about -1.2..1.2),
 * in2 a ramp -1..1, in3 random -1, 0, 1.
 */
class GenExprDataIT {
    @BeforeAll
    static void setUp() {
        GenExprNumericIT.setUp();
    }

    @Test
    void aRingBufferDelaysByItsReadOffset() {
        GenExprNumericIT.check("ring buffer", """
                Data ring(64);
                History w;
                before = peek(ring, w);
                poke(ring, in1, w);
                out1 = peek(ring, w - 10, boundmode="wrap");
                out2 = before;
                out3 = peek(ring, w);
                w = wrap(w + 1, 0, dim(ring));
                """, 1, 3);
    }

    @Test
    void pokesUnderRunTimeConditionsWriteOnlyWhenTheConditionHolds() {
        GenExprNumericIT.check("conditional pokes", """
                Data d(8);
                History n;
                k = wrap(n, 0, 8);
                if (in3 > 0) {
                    poke(d, in1, k);
                } else if (in3 < 0) {
                    poke(d, -in2, k + 1, boundmode="wrap");
                    if (in1 > 0.3) { poke(d, 100, k + 2, boundmode="wrap"); }
                }
                out1 = in3 != 0 ? peek(d, k) : peek(d, k + 3, boundmode="wrap");
                s = 0;
                for (i = 0; i < 8; i += 1) { s += peek(d, i) * (i + 1); }
                out2 = s;
                n += 1;
                """, 3, 2);
    }

    @Test
    void severalPokesInOneSampleAreExactAndInProgramOrder() {
        GenExprNumericIT.check("several pokes", """
                Data d(4);
                a = peek(d, 1);
                poke(d, in1, 1);
                b = peek(d, 1);
                poke(d, in2, 1);
                poke(d, a + b, 2);
                c = peek(d, 1) + peek(d, 2) * 0.25;
                poke(d, c, in3 + 1);
                for (i = 0; i < 3; i += 1) { poke(d, peek(d, i) + 0.5, i + 1, boundmode="clip"); }
                out1 = a; out2 = b; out3 = c;
                out4 = peek(d, 0) + peek(d, 1) * 2 + peek(d, 2) * 3 + peek(d, 3) * 4;
                """, 3, 4);
    }

    @Test
    void aReadFeedingALaterPokeReadsTheTableAsItWas() {
        // an accumulator per slot: each sample adds the input to what the slot held (a loop through the table)
        GenExprNumericIT.check("accumulating slots", """
                Data acc(5);
                History n;
                slot = wrap(n, 0, 5);
                old = peek(acc, slot);
                poke(acc, old * 0.9 + in1, slot);
                out1 = old;
                out2 = peek(acc, slot);
                n += 1;
                """, 1, 2);
    }

    @Test
    void channelsAreSeparateAndPokesOutsideAreDropped() {
        GenExprNumericIT.check("channels", """
                Data d(16, 3);
                History n;
                k = wrap(n, 0, 16);
                poke(d, in1, k, in3 + 1);
                poke(d, in2, k, in3 + 2.5);
                poke(d, 7, k, -1);
                poke(d, 8, 20, 0);
                out1 = peek(d, k, 0);
                out2 = peek(d, k, 1) + peek(d, k - 1, 2, boundmode="wrap");
                out3 = peek(d, k, in3 + 1) + peek(d, k, 9) * 10 + channels(d);
                n += 1;
                """, 3, 3);
    }

    @Test
    void everyPokeBoundmodeAndIndexMode() {
        GenExprNumericIT.check("poke bounds", """
                Data d(8, 6);
                History n;
                p = in2 * 12;
                poke(d, in1, p);
                poke(d, in1, p, 1, boundmode="wrap");
                poke(d, in1, p, 2, boundmode="fold");
                poke(d, in1, p, 3, boundmode="mirror");
                poke(d, in1, p, 4, boundmode="clip");
                poke(d, in1, in2, 5, index="phase", boundmode="clamp");
                poke(d, in1 * 2, in2 * 1.5, 5, index="lookup", boundmode="wrap");
                k = wrap(n, 0, 8);
                out1 = peek(d, k, 0); out2 = peek(d, k, 1); out3 = peek(d, k, 2);
                out4 = peek(d, k, 3); out5 = peek(d, k, 4); out6 = peek(d, k, 5);
                n += 1;
                """, 2, 6);
    }

    @Test
    void everyReaderAndInterpMode() {
        GenExprNumericIT.check("readers", """
                Data d(32);
                History n;
                poke(d, sin(n * 0.37) + in1 * 0.1, wrap(n, 0, 32));
                x = in2 * 1.3;
                out1 = sample(d, x) + nearest(d, x) * 2;
                out2 = sample(d, x, interp="cosine") + sample(d, x, interp="cubic", boundmode="wrap");
                out3 = sample(d, x, interp="spline", boundmode="mirror") + peek(d, x * 40, interp="fastcubic", boundmode="fold");
                out4 = lookup(d, x) + lookup(d, in1, interp="step");
                out5 = wave(d, in2 * 0.5 + 0.5, 3, 29) + wave(d, in1, 30, 2);
                out6 = d.peek(x * 20, interp="linear") + d.sample(x);
                n += 1;
                """, 2, 6);
    }

    @Test
    void pokesInAFunctionAndAfterARunTimeBreak() {
        GenExprNumericIT.check("pokes in functions and loops", """
                Data d(8);
                put(v, i) {
                    poke(d, v, i);
                    return peek(d, i);
                }
                History n;
                for (i = 0; i < 8; i += 1) {
                    if (in1 > 1 - i * 0.25) break;
                    put(in2 * i, i);
                }
                out1 = put(in3, wrap(n, 0, 8));
                s = 0;
                for (i = 0; i < 8; i += 1) { s += peek(d, i) * pow(2, i); }
                out2 = s;
                n += 1;
                """, 3, 2);
    }
}
