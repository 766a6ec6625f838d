package dev.faustwire.codegen.resolve;

import dev.faustwire.codegen.Resources;
import dev.faustwire.codegen.read.BoxReader;
import dev.faustwire.codegen.read.Context;
import dev.faustwire.codegen.read.FaustLiterals;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.ReadResult;
import dev.faustwire.core.json.JsonValue.JsonNumber;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.text.BoxText;
import dev.faustwire.core.text.BoxTextException;
import dev.faustwire.core.text.BoxTextParser;
import dev.faustwire.core.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Pass 1, resolve: looks up every sub-patcher file and probes every code box whose arity the
 * patch does not give, so that all reads and probes through {@link Resources} happen before
 * analysis. It reports nothing: reading the boxes reports what the lookups found, in box order.
 */
public final class ResolveReferences {
    private final Resources resources;

    private ResolveReferences(Resources resources) {
        this.resources = resources;
    }

    /** What the top patch and every patch inside it needs from {@code resources}. */
    public static Resolved run(Patch patch, Resources resources) {
        if (resources == Resources.NONE) {
            return Resolved.NOTHING;
        }
        return new ResolveReferences(resources).level(patch, null, List.of(), 0);
    }

    /** What one box needs, as the only box of a level (for {@code BoxPorts}). */
    public static Resolved runOne(Box box, Resources resources) {
        if (resources == Resources.NONE) {
            return Resolved.NOTHING;
        }
        Resolved resolved = new Resolved();
        new ResolveReferences(resources).box(box, resolved, null, List.of(), 0);
        return resolved;
    }

    private Resolved level(Patch patch, String file, List<String> files, int depth) {
        Resolved resolved = new Resolved();
        for (Box box : patch.boxes().values()) {
            box(box, resolved, file, files, depth);
        }
        return resolved;
    }

    private void box(Box box, Resolved resolved, String file, List<String> files, int depth) {
        BoxText text;
        try {
            text = BoxTextParser.parse(box.text());
        } catch (BoxTextException e) {
            return;
        }
        switch (text.name()) {
            case "p", "patcher" -> subpatcher(box, text, resolved, file, files, depth);
            case "code" -> code(box, text, resolved);
            default -> {
            }
        }
    }

    /**
     * {@code p ./x.dsppat} is looked up from the folder of the file it is in and its parents;
     * the patch it gives, or else the copy embedded in the box, is resolved in turn, unless it is
     * one of the files around it (reading the boxes reports that) or nests too deep.
     */
    private void subpatcher(Box box, BoxText text, Resolved resolved, String file, List<String> files, int depth) {
        if (depth >= Context.MAX_DEPTH) {
            return;
        }
        String reference = text.args().isEmpty() ? null : text.args().get(0).text();
        Patch child = null;
        String childFile = null;
        if (isFileReference(reference)) {
            Resources.PatchFile found = resources.findPatch(reference, file);
            ReadResult read = null;
            if (found != null) {
                if (files.contains(found.key()) || found.key().equals(file)) {
                    resolved.putLookup(box.id(), new Resolved.PatchLookup(reference, found, null));
                    return;
                }
                read = PatchReader.read(found.text());
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
        resolved.putChild(box.id(), level(child, childFile != null ? childFile : file, chain, depth + 1));
    }

    /** True when a sub-patcher's argument names a file rather than an embedded patch. */
    public static boolean isFileReference(String reference) {
        return reference != null && (reference.indexOf('/') >= 0 || reference.endsWith(".dsppat")
                || reference.endsWith(".json"));
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
