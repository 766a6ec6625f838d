package dev.faustwire.codegen.resolve;

import dev.faustwire.codegen.Resources;
import dev.faustwire.codegen.read.BoxReader;
import dev.faustwire.codegen.read.Context;
import dev.faustwire.codegen.read.FaustLiterals;
import dev.faustwire.codegen.read.Utf16;
import dev.faustwire.core.io.ReadResult;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.text.BoxText;
import dev.faustwire.core.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pass 1, resolve: looks up every sub-patcher file and probes every code box whose arity the
 * patch does not give, so that all reads and probes through {@link Resources} happen before
 * analysis. It reports nothing: reading the boxes reports what the lookups found, in box order.
 * Each file is looked up and parsed once per generation ({@link PatchFiles}), however often it is
 * used; every use is charged to an {@link ExpansionBudget}, in the order and by the amounts that
 * analysis charges it, and resolving stops at the sub-patcher box that crosses the budget, which
 * {@link Resolved#overBudgetBox} names (code generation then reports it and analyses nothing).
 */
public final class ResolveReferences {
    private final Resources resources;
    private final PatchFiles patchFiles;
    private final ExpansionBudget budget = new ExpansionBudget();
    /** What the first use of each file resolved and expanded to, by file key. */
    private final Map<String, FileUse> uses = new LinkedHashMap<>();
    /** How many cycles and depth cuts the walk has met: a file whose walk met one is walked again at each use. */
    private int irregular;
    /** The path of the sub-patcher box whose use crossed the budget, or null. */
    private String crossing;

    /**
     * The first use of a file: what it resolved, the depth of the level it sat in, the boxes and text its whole
     * expansion charged, and whether its walk met no cycle or depth cut (then later uses reuse it).
     */
    private record FileUse(Resolved resolved, int depth, long boxes, long text, boolean regular) {
    }

    private ResolveReferences(Resources resources) {
        this.resources = resources;
        this.patchFiles = new PatchFiles(resources);
    }

    /** What the top patch and every patch inside it needs from {@code resources}. */
    public static Resolved run(Patch patch, Resources resources) {
        if (resources == Resources.NONE) {
            return Resolved.NOTHING;
        }
        ResolveReferences resolve = new ResolveReferences(resources);
        Resolved top = resolve.level(patch, null, null, List.of(), 0, "");
        if (resolve.crossing != null) {
            top.overBudget(resolve.crossing, resolve.budget.problem());
        }
        return top;
    }

    /** What one box needs, as the only box of a level (for {@code BoxPorts}). */
    public static Resolved runOne(Box box, Resources resources) {
        if (resources == Resources.NONE) {
            return Resolved.NOTHING;
        }
        Resolved resolved = new Resolved();
        ResolveReferences resolve = new ResolveReferences(resources);
        BoxText text = PatchFiles.parse(box);
        if (text != null) {
            resolve.box(box, text, resolved, null, List.of(), 0, "");
        }
        return resolved;
    }

    /**
     * {@code key}: the file the level was read from, null for the top patch and embedded ones;
     * {@code path}: the path of its sub-patcher box, as diagnostics name boxes inside it ({@code box-2/}).
     */
    private Resolved level(Patch patch, String file, String key, List<String> files, int depth, String path) {
        Resolved resolved = new Resolved();
        if (budget.crossed()) {
            return resolved;
        }
        PatchFiles.Shape shape = patchFiles.shape(patch, key);
        if (!budget.charge(shape.boxes(), shape.text())) {
            return resolved;
        }
        for (int i = 0; i < shape.boxesToResolve().size() && !budget.crossed(); i++) {
            box(shape.boxesToResolve().get(i), shape.texts().get(i), resolved, file, files, depth, path);
        }
        return resolved;
    }

    private void box(Box box, BoxText text, Resolved resolved, String file, List<String> files, int depth, String path) {
        if (Utf16.hasLoneSurrogate(box.text())) {
            // Reading the boxes reports it, and goes no further.
            return;
        }
        switch (text.name()) {
            case "p", "patcher", "ondemand" -> subpatcher(box, text, resolved, file, files, depth, path);
            case "code" -> code(box, text, resolved);
            default -> {
            }
        }
    }

    /**
     * {@code p ./x.dsppat} is looked up from the folder of the file it is in and its parents;
     * the patch it gives, or else the copy embedded in the box, is resolved in turn, unless it is
     * one of the files around it (reading the boxes reports that) or nests too deep. A file's
     * first use is walked and charged box by box; each later use is charged its whole expansion at
     * once, as analysis charges it, and reuses what the first use resolved.
     */
    private void subpatcher(Box box, BoxText text, Resolved resolved, String file, List<String> files, int depth,
                            String path) {
        if (depth >= Context.MAX_DEPTH) {
            irregular++;
            return;
        }
        String reference = text.args().isEmpty() ? null : text.args().get(0).text();
        Patch child = null;
        String childFile = null;
        if (dev.faustwire.core.subpatch.SubpatchBoxes.isFileReference(reference)) {
            Resources.PatchFile found = patchFiles.find(reference, file);
            ReadResult read = null;
            if (found != null) {
                if (files.contains(found.key()) || found.key().equals(file)) {
                    irregular++;
                    resolved.putLookup(box.id(), new Resolved.PatchLookup(reference, found, null));
                    return;
                }
                read = patchFiles.read(found);
                child = read.patch();
                childFile = child == null ? null : found.key();
            }
            resolved.putLookup(box.id(), new Resolved.PatchLookup(reference, found, read));
            if (found != null && child == null) {
                return;
            }
        }
        if (child == null) {
            child = box.subpatch();
        }
        if (child == null) {
            return;
        }
        List<String> chain = files;
        if (childFile != null) {
            chain = new ArrayList<>(files);
            chain.add(childFile);
        }
        String file2 = childFile != null ? childFile : file;
        String inside = path + box.id() + "/";
        FileUse kept = childFile == null ? null : uses.get(childFile);
        if (kept != null && depth <= kept.depth()) {
            if (!budget.charge(kept.boxes(), kept.text())) {
                crossing(path + box.id());
                return;
            }
            if (kept.regular()) {
                resolved.putChild(box.id(), kept.resolved());
            } else {
                // Its first walk met a cycle or the depth limit, which depend on where it is used: walk it again.
                budget.suspend();
                resolved.putChild(box.id(), level(child, file2, childFile, chain, depth + 1, inside));
                budget.resume();
            }
            return;
        }
        long boxesBefore = budget.boxes();
        long textBefore = budget.text();
        int irregularBefore = irregular;
        Resolved level = level(child, file2, childFile, chain, depth + 1, inside);
        if (budget.crossed()) {
            crossing(path + box.id());
            return;
        }
        resolved.putChild(box.id(), level);
        if (childFile != null && !uses.containsKey(childFile)) {
            uses.put(childFile, new FileUse(level, depth, budget.boxes() - boxesBefore, budget.text() - textBefore,
                    irregular == irregularBefore));
        }
    }

    /** Notes the sub-patcher box whose use crossed the budget, the innermost one, once. */
    private void crossing(String boxPath) {
        if (crossing == null) {
            crossing = boxPath;
        }
    }


    /** A code box whose text gives no arity, neither as {@code @ins}/{@code @outs} nor stored, is probed. */
    private void code(Box box, BoxText text, Resolved resolved) {
        JsonObject data = box.data() instanceof JsonObject object ? object : JsonObject.EMPTY;
        String faust = data.get("value") instanceof JsonString value ? value.value() : "";
        if (faust.trim().isEmpty()) {
            return;
        }
        boolean insGiven = text.attribute("ins") != null;
        boolean outsGiven = text.attribute("outs") != null;
        if ((insGiven && !validPortCount(text, "ins")) || (outsGiven && !validPortCount(text, "outs"))) {
            return;
        }
        if ((insGiven || storedPortCount(data, "inputs") != null) && (outsGiven || storedPortCount(data, "outputs") != null)) {
            return;
        }
        resolved.putProbe(box.id(), new Resolved.Probe(resources.codeArity(faust)));
    }

    /** Whether {@code @name} holds one whole number from 0 to {@link BoxReader#MAX_PORTS}, as reading demands. */
    private static boolean validPortCount(BoxText text, String name) {
        BoxText.Attribute attribute = text.attribute(name);
        if (attribute.values().size() != 1) {
            return false;
        }
        Token token = attribute.values().get(0);
        if (!token.isNumber() || !FaustLiterals.isWhole(token.text())) {
            return false;
        }
        int value = BoxReader.nonNegative(token.text());
        return value >= 0 && value <= BoxReader.MAX_PORTS;
    }

    /** A port count a code box stores in its data (what the editor kept of a probe), or null. */
    public static Integer storedPortCount(JsonObject data, String key) {
        JsonValue value = data.get(key);
        if (value instanceof JsonNumber number && number.isInt()) {
            int n = Integer.parseInt(number.text());
            return n >= 0 && n <= BoxReader.MAX_PORTS ? n : null;
        }
        return null;
    }
}
