package dev.faustwire.server.subpatch;

import dev.faustwire.codegen.BoxPorts;
import dev.faustwire.codegen.Codegen;
import dev.faustwire.codegen.CodegenResult;
import dev.faustwire.codegen.Resources;
import dev.faustwire.core.edit.Command;
import dev.faustwire.core.edit.EditingModel;
import dev.faustwire.core.edit.Levels;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.subpatch.Deencapsulation;
import dev.faustwire.core.subpatch.Encapsulation;
import dev.faustwire.core.subpatch.SubpatchBoxes;
import dev.faustwire.core.subpatch.SubpatchEdit;
import dev.faustwire.core.view.PortCounts;
import dev.faustwire.server.workspace.WorkspaceResources;
import dev.faustwire.stdlib.StdlibIndex;
import dev.faustwire.stdlib.jvm.BundledIndex;
import dev.faustwire.testsupport.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Random connected selections on the corpus patches, at every embedded level, encapsulated as the
 * editor does it (editor-core's command through the editing model), and the patch de-encapsulated
 * back: what the meaning tests compile, compare and render.
 */
final class EncapsulationCases {
    static final StdlibIndex STDLIB = BundledIndex.get();

    private EncapsulationCases() {
    }

    /** A corpus patch that generates a program, with what it was read beside. */
    record Original(String name, Patch patch, Resources resources, String code) {
        PortCounts ports() {
            return box -> {
                BoxPorts.Count count = BoxPorts.of(box, STDLIB, resources);
                return new PortCounts.Ports(count.inlets(), count.outlets(), count.known());
            };
        }
    }

    /** One selection of one level, what encapsulating it gave, and what de-encapsulating that gave. */
    record Case(Original original, List<String> level, List<String> selection, SubpatchEdit edit,
                Patch encapsulated, Patch back) {
        String describe() {
            return original.name + " at [" + String.join("/", level) + "] " + selection;
        }
    }

    /** The corpus patches (.dsppat) whose program generates without error. */
    static List<Original> originals() {
        List<Original> originals = new ArrayList<>();
        for (Path file : Corpus.files(Corpus.jspatcher(), ".dsppat")) {
            Patch patch = PatchReader.read(Corpus.read(file)).patch();
            Resources resources;
            try {
                resources = WorkspaceResources.besideFile(file, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            CodegenResult result = Codegen.generate(patch, STDLIB, resources);
            if (patch != null && result.ok()) {
                originals.add(new Original(Corpus.jspatcher().relativize(file).toString(), patch, resources, result.code()));
            }
        }
        return originals;
    }

    /** {@code perPatch} random connected selections of each original, seeded so that every run draws the same. */
    static List<Case> cases(List<Original> originals, int perPatch, long seed) {
        List<Case> cases = new ArrayList<>();
        Random random = new Random(seed);
        for (Original original : originals) {
            List<List<String>> levels = new ArrayList<>();
            collectLevels(original.patch, new ArrayList<>(), levels);
            for (int i = 0; i < perPatch; i++) {
                List<String> level = levels.get(random.nextInt(levels.size()));
                List<String> selection = connectedSelection(Levels.at(original.patch, level), random);
                if (!selection.isEmpty()) {
                    cases.add(run(original, level, selection));
                }
            }
        }
        return cases;
    }

    static Case run(Original original, List<String> level, List<String> selection) {
        SubpatchEdit edit = Encapsulation.of(Levels.at(original.patch, level), selection, original.ports());
        if (edit.command() == null) {
            return new Case(original, level, selection, edit, null, null);
        }
        EditingModel model = new EditingModel(original.patch);
        model.apply(new Command.AtLevel(level, edit.command()));
        Patch encapsulated = model.patch();
        String boxId = edit.select().get(0);
        SubpatchEdit undo = Deencapsulation.of(Levels.at(encapsulated, level), boxId);
        model.apply(new Command.AtLevel(level, undo.command()));
        return new Case(original, level, selection, edit, encapsulated, model.patch());
    }

    private static void collectLevels(Patch patch, List<String> path, List<List<String>> levels) {
        levels.add(List.copyOf(path));
        for (Box box : patch.boxes().values()) {
            if (box.subpatch() != null && SubpatchBoxes.fileReference(box) == null) {
                path.add(box.id());
                collectLevels(box.subpatch(), path, levels);
                path.remove(path.size() - 1);
            }
        }
    }

    /** A box with ports (not in/out, not a comment) and 0 to 4 of its neighbours through lines, grown one at a time. */
    static List<String> connectedSelection(Patch level, Random random) {
        List<String> candidates = new ArrayList<>();
        for (Box box : level.boxes().values()) {
            String name = SubpatchBoxes.name(box);
            if (!name.equals("in") && !name.equals("out") && !name.equals("comment")) {
                candidates.add(box.id());
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        TreeSet<String> chosen = new TreeSet<>();
        chosen.add(candidates.get(random.nextInt(candidates.size())));
        int size = 1 + random.nextInt(5);
        while (chosen.size() < size) {
            List<String> next = new ArrayList<>();
            for (Line line : level.lines().values()) {
                boolean src = chosen.contains(line.src().boxId());
                boolean dest = chosen.contains(line.dest().boxId());
                String other = src && !dest ? line.dest().boxId() : dest && !src ? line.src().boxId() : null;
                if (other != null && candidates.contains(other) && !next.contains(other)) {
                    next.add(other);
                }
            }
            if (next.isEmpty()) {
                break;
            }
            chosen.add(next.get(random.nextInt(next.size())));
        }
        return List.copyOf(chosen);
    }
}
