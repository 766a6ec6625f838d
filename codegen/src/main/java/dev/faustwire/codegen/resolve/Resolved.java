package dev.faustwire.codegen.resolve;

import dev.faustwire.codegen.Resources;
import dev.faustwire.core.io.ReadResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the resolve pass looked up for one patch level, by box id: the file each sub-patcher box
 * names (and the level resolved inside it), and the arity of each code box that needed a probe.
 * Analysis reads this and never asks {@link Resources} itself.
 */
public final class Resolved {
    /** Nothing looked up: sub-patchers use their embedded copy, code boxes need {@code @ins}/{@code @outs}. */
    static final Resolved NOTHING = new Resolved();

    /**
     * The outcome of looking up the file of a sub-patcher box: {@code found} null when there is no
     * such file, else the file and what reading it gave.
     */
    public record PatchLookup(String reference, Resources.PatchFile found, ReadResult read) {
    }

    /** The arity a code box's probe gave; {@code arity} null when the resources do not know it. */
    public record Probe(Resources.Arity arity) {
    }

    private final Map<String, PatchLookup> lookups = new LinkedHashMap<>();
    private final Map<String, Probe> probes = new LinkedHashMap<>();
    private final Map<String, Resolved> children = new LinkedHashMap<>();
    private String overBudgetBox;
    private String overBudgetProblem;

    void overBudget(String boxPath, String problem) {
        overBudgetBox = boxPath;
        overBudgetProblem = problem;
    }

    /**
     * The path of the sub-patcher box whose use crossed the expansion budget ({@code box-2/box-7}),
     * in the top patch's lookups only; null when the whole expansion fits.
     */
    public String overBudgetBox() {
        return overBudgetBox;
    }

    /** What the crossing expanded to, for its diagnostic. */
    public String overBudgetProblem() {
        return overBudgetProblem;
    }

    void putLookup(String boxId, PatchLookup lookup) {
        lookups.put(boxId, lookup);
    }

    void putProbe(String boxId, Probe probe) {
        probes.put(boxId, probe);
    }

    void putChild(String boxId, Resolved child) {
        children.put(boxId, child);
    }

    /** The file lookup of a sub-patcher box that names a file, or null when none was made. */
    public PatchLookup lookup(String boxId) {
        return lookups.get(boxId);
    }

    /** The probe of a code box, or null when none was made. */
    public Probe probe(String boxId) {
        return probes.get(boxId);
    }

    /** What was resolved inside the child patch of a sub-patcher box. */
    public Resolved child(String boxId) {
        Resolved child = children.get(boxId);
        return child == null ? NOTHING : child;
    }
}
