package dev.faustwire.stdlib.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UsageParamsTest {

    @Test
    void generatorWithOneParameter() {
        assertEquals(List.of("freq"), UsageParams.of("osc", "osc(freq) : _"));
    }

    @Test
    void filterBetweenWires() {
        assertEquals(List.of("N", "fc"), UsageParams.of("lowpass", "_ : lowpass(N,fc) : _"));
    }

    @Test
    void spacesAroundParametersAreTrimmed() {
        assertEquals(List.of("n", "d"), UsageParams.of("fdelay", "_ : fdelay( n , d ) : _"));
        assertEquals(List.of("freq"), UsageParams.of("osc", "osc (freq) : _"));
    }

    @Test
    void qualifiedCall() {
        assertEquals(List.of("freq"), UsageParams.of("osc", "os.osc(freq) : _"));
    }

    @Test
    void longerNameStartingWithTheNameIsNotTheCall() {
        assertEquals(List.of(), UsageParams.of("lowpass", "_ : lowpass3e(fc) : _"));
    }

    @Test
    void longerNameEndingWithTheNameIsNotTheCall() {
        assertEquals(List.of(), UsageParams.of("pass", "_ : lowpass(N,fc) : _"));
        assertEquals(List.of(), UsageParams.of("osc", "lf_osc(freq) : _"));
        assertEquals(List.of(), UsageParams.of("fbcombfilter", "_ : ffbcombfilter(maxdel,del,g) : _"));
    }

    @Test
    void findsTheRightLineOfSeveral() {
        String usage = "_ : fbcombfilter(maxdel,intdel,g) : _\n_ : ffbcombfilter(maxdel,del,g) : _";
        assertEquals(List.of("maxdel", "intdel", "g"), UsageParams.of("fbcombfilter", usage));
        assertEquals(List.of("maxdel", "del", "g"), UsageParams.of("ffbcombfilter", usage));
    }

    @Test
    void nestedParenthesesStayInOneParameter() {
        assertEquals(List.of("(b0,b1)", "(a1,a2)"), UsageParams.of("iir", "_ : iir((b0,b1),(a1,a2)) : _"));
    }

    @Test
    void bracketsStayInOneParameter() {
        assertEquals(List.of("N", "par(i,N,x[i])"), UsageParams.of("f", "f(N, par(i,N,x[i])) : _"));
    }

    @Test
    void noParenthesesGivesNothing() {
        assertEquals(List.of(), UsageParams.of("bypass1", "_ : bypass1 : _"));
        assertEquals(List.of(), UsageParams.of("osc", ""));
    }

    @Test
    void unclosedParenthesesGiveNothing() {
        assertEquals(List.of(), UsageParams.of("osc", "osc(freq : _"));
    }

    @Test
    void emptyParenthesesGiveNothing() {
        assertEquals(List.of(), UsageParams.of("f", "f() : _"));
    }

    @Test
    void nameWithRegexCharactersIsQuoted() {
        assertEquals(List.of("n", "d"), UsageParams.of("fdelay[N]a", "_ : fdelay[N]a(n, d) : _"));
    }
}
