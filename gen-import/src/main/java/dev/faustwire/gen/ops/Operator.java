package dev.faustwire.gen.ops;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of the operator table: Gen's names for an operator (the first is its own, the others
 * aliases), the gen.lib function computing it, its inlets with Gen's default for each when nothing
 * is connected, its outlets, which inlets N arguments fill ({@code fills}: {@code "1:1 2:0,1"} reads
 * "one argument fills inlet 1, two fill inlets 0 and 1"), and the function's compile-time parameters,
 * each read from an attribute ({@code "@init=0"}, {@code "has@max"}: 1 when the attribute is set).
 * {@code defaulted} says which inlets have a default Gen uses when a GenExpr call leaves the argument
 * out (the others are 0 in a patcher but required in a call); {@code stateful} says the operator
 * keeps state from sample to sample (GenExpr warns when such a call sits in a branch or a loop).
 */
public record Operator(List<String> names, String function, List<String> inletNames, List<String> defaults,
                       int outlets, String fills, List<String> params, String note, List<Boolean> defaulted,
                       boolean stateful) {

    public Operator {
        names = List.copyOf(names);
        inletNames = List.copyOf(inletNames);
        defaults = List.copyOf(defaults);
        params = List.copyOf(params);
        defaulted = List.copyOf(defaulted);
    }

    /** A row of a hand-written translator: no GenExpr facts (no inlet defaulted, no state flag). */
    public Operator(List<String> names, String function, List<String> inletNames, List<String> defaults,
                    int outlets, String fills, List<String> params, String note) {
        this(names, function, inletNames, defaults, outlets, fills, params, note, falses(inletNames.size()), false);
    }

    private static List<Boolean> falses(int count) {
        List<Boolean> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            result.add(Boolean.FALSE);
        }
        return result;
    }

    public int inlets() {
        return inletNames.size();
    }

    /**
     * The inlets {@code count} arguments fill, in argument order, or null when the row says nothing
     * for that count (or names an inlet the operator does not have).
     */
    public int[] filled(int count) {
        if (count == 0) {
            return new int[0];
        }
        for (String rule : words(fills)) {
            int colon = rule.indexOf(':');
            if (colon > 0 && Integer.parseInt(rule.substring(0, colon)) == count) {
                List<String> indices = new ArrayList<>();
                int start = colon + 1;
                while (start <= rule.length()) {
                    int comma = rule.indexOf(',', start);
                    int end = comma < 0 ? rule.length() : comma;
                    indices.add(rule.substring(start, end));
                    start = end + 1;
                }
                int[] result = new int[indices.size()];
                for (int i = 0; i < result.length; i++) {
                    result[i] = Integer.parseInt(indices.get(i));
                    if (result[i] >= inlets()) {
                        return null;
                    }
                }
                return result;
            }
        }
        return null;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int space = text.indexOf(' ', start);
            int end = space < 0 ? text.length() : space;
            if (end > start) {
                words.add(text.substring(start, end));
            }
            start = end + 1;
        }
        return words;
    }
}
