package dev.faustwire.codegen.tap;

import dev.faustwire.codegen.Tap;
import dev.faustwire.codegen.check.Level;
import dev.faustwire.codegen.program.Item;
import dev.faustwire.codegen.program.Program;
import java.util.ArrayList;
import java.util.List;

/**
 * The tap pass, after lower: the program with the tapped outlet as one more result of
 * {@code process}, so that the page can route it to the scope and not to the speakers. A tap is
 * placed only where the outlet's signal has a name {@code process} can return: a definition of its
 * own scope or one of its inputs. It is not placed (null) for a box inside a sub-patcher, an
 * iteration's body or a feedback loop, for an outlet no wire uses, or in a patch with an effect
 * (whose voice's outputs must match the effect's inputs).
 */
public final class PlaceTap {
    private PlaceTap() {
    }

    /** The program with the tap's signal as its last output, or null when the tap cannot be placed. */
    public static Program run(Program program, Level top, Tap tap) {
        if (tap == null || program.effect() != null || top.graph().specs.get(tap.boxId()) == null
                || top.graph().head(tap.boxId()) == null || tap.outlet() < 0) {
            return null;
        }
        String name = top.graph().name(tap.boxId(), tap.outlet());
        Item.Function process = program.process();
        if (!process.params().contains(name) && !defines(process.body(), name)) {
            return null;
        }
        List<String> results = new ArrayList<>(process.results());
        results.add(name);
        Item.Function tapped = new Item.Function(process.boxId(), process.name(), process.params(), results,
                process.body());
        return new Program(program.imports(), program.helpers(), program.shared(), tapped, null);
    }

    private static boolean defines(List<Item> body, String name) {
        for (Item item : body) {
            if (item instanceof Item.Definition definition && definition.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
