package dev.faustwire.server.ondemand;

import dev.faustwire.codegen.OnDemandReference;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a mismatching patch smaller for the report: removes one line at a time (at any depth) while the render
 * still differs from the reference, each try one compile, at most {@value #MOST_TRIES} of them; prints it without
 * the boxes left unconnected.
 */
final class Shrink {
    static final int MOST_TRIES = 40;

    private Shrink() {
    }

    /** The smallest patch found that still mismatches, its Faust program and its first difference. */
    static String smallest(Patch patch, float[][] inputs, int frames, OnDemandRender render) {
        Patch current = patch;
        String problem = problem(patch, inputs, frames, render);
        int tries = 1;
        boolean smaller = true;
        while (smaller && tries < MOST_TRIES) {
            smaller = false;
            for (Patch candidate : withOneLineLess(current)) {
                if (tries++ >= MOST_TRIES) {
                    break;
                }
                String still = problem(candidate, inputs, frames, render);
                if (still != null) {
                    current = candidate;
                    problem = still;
                    smaller = true;
                    break;
                }
            }
        }
        return "SHRUNK (" + tries + " tries, " + lines(patch) + " lines to " + lines(current) + ") " + problem + "\n"
                + PatchBuilder.text(tidy(current)) + OnDemandRender.code(current);
    }

    private static String problem(Patch patch, float[][] inputs, int frames, OnDemandRender render) {
        float[][] expected = OnDemandReference.render(patch, inputs, frames);
        float[][] rendered = render.render(patch, inputs, frames);
        for (int k = 0; k < expected.length; k++) {
            String difference = OnDemandPropertyIT.firstDifference(expected[k], rendered[k]);
            if (difference != null) {
                return "out " + (k + 1) + " at " + difference;
            }
        }
        return null;
    }

    /** Every patch with one line fewer, at this level or in a sub-patcher's content. */
    static List<Patch> withOneLineLess(Patch patch) {
        List<Patch> out = new ArrayList<>();
        for (String line : patch.lines().keySet()) {
            out.add(patch.withLine(line, null));
        }
        for (Box box : patch.boxes().values()) {
            if (box.subpatch() != null) {
                for (Patch content : withOneLineLess(box.subpatch())) {
                    out.add(patch.withBox(box.id(), box.withSubpatch(content)));
                }
            }
        }
        return out;
    }

    /** The patch without the boxes no line touches, but for its ins and outs (they make its channels). */
    static Patch tidy(Patch patch) {
        Patch out = patch;
        for (Box box : patch.boxes().values()) {
            boolean touched = patch.lines().values().stream().anyMatch(line -> line.touches(box.id()));
            boolean channel = box.text().startsWith("in ") || box.text().startsWith("out ");
            if (!touched && !channel) {
                out = out.withBox(box.id(), null);
            } else if (box.subpatch() != null) {
                out = out.withBox(box.id(), box.withSubpatch(tidy(box.subpatch())));
            }
        }
        return out;
    }

    private static int lines(Patch patch) {
        int n = patch.lines().size();
        for (Box box : patch.boxes().values()) {
            n += box.subpatch() == null ? 0 : lines(box.subpatch());
        }
        return n;
    }
}
