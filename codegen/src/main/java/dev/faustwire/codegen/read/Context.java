package dev.faustwire.codegen.read;

import dev.faustwire.codegen.check.Level;
import dev.faustwire.codegen.resolve.ExpansionBudget;
import dev.faustwire.codegen.resolve.Resolved;
import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.stdlib.StdlibIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a patch level sits: the libraries and what the resolve pass looked up, the file it was
 * read from, the path of sub-patcher boxes around it (ids inside a sub-patcher are written {@code box-9/box-2}), and the
 * diagnostics of the whole program.
 */
public final class Context {
    /** How deep sub-patchers may nest before generation gives up. */
    public static final int MAX_DEPTH = 32;

    final StdlibIndex stdlib;
    /** What the resolve pass looked up for this level. */
    final Resolved resolved;
    /** The key of the file this level was read from; null for the top patch and what it embeds. */
    final String file;
    final String prefix;
    /** The files of the levels around this one, outermost first, to catch a patch that includes itself. */
    final List<String> files;
    final List<Diagnostic> diagnostics;
    /** The analysis passes, which reading a sub-patcher box runs on its child patch. */
    final Level.Analysis analysis;
    /**
     * Per control kind, how many unlabelled controls the program has named so far: shared by every
     * level, so a slider in a sub-patcher never takes the name of one outside it.
     */
    final Map<String, Integer> unlabelled;
    /** The boxes and text expanded so far by the whole program, charged once per use of a level. */
    public final ExpansionBudget budget;
    /** The levels of sub-patcher files analysed so far, for the files' later uses. */
    final FileLevels fileLevels;
    /**
     * The ids (as diagnostics name them) of the {@code ondemand} boxes around this level, outermost first:
     * empty outside any, and then every piece of state here advances on each sample.
     */
    final List<String> onDemand;

    public Context(StdlibIndex stdlib, Resolved resolved, List<Diagnostic> diagnostics, Level.Analysis analysis) {
        this(stdlib, resolved, null, "", List.of(), diagnostics, new TreeMap<>(), new ExpansionBudget(),
                new FileLevels(), analysis, List.of());
    }

    private Context(StdlibIndex stdlib, Resolved resolved, String file, String prefix, List<String> files,
                    List<Diagnostic> diagnostics, Map<String, Integer> unlabelled, ExpansionBudget budget,
                    FileLevels fileLevels, Level.Analysis analysis, List<String> onDemand) {
        this.onDemand = onDemand;
        this.analysis = analysis;
        this.unlabelled = unlabelled;
        this.budget = budget;
        this.fileLevels = fileLevels;
        this.stdlib = stdlib;
        this.resolved = resolved;
        this.file = file;
        this.prefix = prefix;
        this.files = files;
        this.diagnostics = diagnostics;
    }

    public boolean isTop() {
        return prefix.isEmpty();
    }

    public int depth() {
        int depth = 0;
        for (int i = 0; i < prefix.length(); i++) {
            if (prefix.charAt(i) == '/') {
                depth++;
            }
        }
        return depth;
    }

    /** The id of a box of this level as diagnostics and the source map name it. */
    public String id(String boxId) {
        return prefix + boxId;
    }

    /** The context of the child patch of sub-patcher box {@code boxId}, read from {@code childFile} (null: embedded). */
    Context inside(String boxId, String childFile) {
        return inside(boxId, childFile, false);
    }

    /** As {@link #inside(String, String)}; {@code clocked}: the box is an {@code ondemand}, whose content runs on its ticks. */
    Context inside(String boxId, String childFile, boolean clocked) {
        List<String> chain = new ArrayList<>(files);
        String effectiveFile = childFile != null ? childFile : file;
        if (childFile != null) {
            chain.add(childFile);
        }
        List<String> clocks = onDemand;
        if (clocked) {
            clocks = new ArrayList<>(onDemand);
            clocks.add(id(boxId));
            clocks = List.copyOf(clocks);
        }
        return new Context(stdlib, resolved.child(boxId), effectiveFile, prefix + boxId + "/", chain, diagnostics,
                unlabelled, budget, fileLevels, analysis, clocks);
    }

    /** True inside an {@code ondemand} box (at any depth): state here must advance only on its clock's ticks. */
    public boolean onDemand() {
        return !onDemand.isEmpty();
    }

    /** The innermost {@code ondemand} box around this level, as diagnostics name it, or null outside any. */
    public String onDemandBox() {
        return onDemand.isEmpty() ? null : onDemand.get(onDemand.size() - 1);
    }

    /** How many uses of the file {@code key} share its one analysed level (0 when none does). */
    public int sharedUses(String key) {
        return fileLevels.uses(key);
    }

    /** How many unlabelled controls the program has named so far, of every kind. */
    int unlabelledCount() {
        int count = 0;
        for (int n : unlabelled.values()) {
            count += n;
        }
        return count;
    }

    public void error(Code code, String boxId, String message) {
        diagnostics.add(Diagnostic.atBox(code, id(boxId), message));
    }

    public void errorAtPort(Code code, String boxId, String lineId, int port, String message) {
        diagnostics.add(new Diagnostic(code.severity(), code, id(boxId), lineId == null ? null : id(lineId), port, message));
    }
}
