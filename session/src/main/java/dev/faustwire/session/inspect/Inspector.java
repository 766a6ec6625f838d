package dev.faustwire.session.inspect;

import dev.faustwire.codegen.read.Names;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.model.Line;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.text.BoxText;
import dev.faustwire.core.text.BoxTextException;
import dev.faustwire.core.text.BoxTextParser;
import dev.faustwire.core.text.ControlLabels;
import dev.faustwire.core.text.Token;
import dev.faustwire.core.view.PortCounts;
import dev.faustwire.session.Generated;
import dev.faustwire.session.complete.BoxKind;
import dev.faustwire.session.complete.BoxKinds;
import dev.faustwire.stdlib.LibraryFunction;
import dev.faustwire.stdlib.Skipped;
import dev.faustwire.stdlib.SkippedUse;
import dev.faustwire.stdlib.StdlibIndex;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@link BoxInfo} of a box of the open level from the patch, the library index and the generated program. */
public final class Inspector {
    private final StdlibIndex stdlib;
    private final PortCounts counts;

    public Inspector(StdlibIndex stdlib, PortCounts counts) {
        this.stdlib = stdlib;
        this.counts = counts;
    }

    /**
     * The box {@code boxId} of {@code level}, the patch at {@code levelPath} (empty: the top), as the
     * program {@code generated} of the whole patch sees it; null when the level has no such box.
     */
    public BoxInfo inspect(Patch level, List<String> levelPath, String boxId, Generated generated) {
        Box box = level.box(boxId);
        if (box == null) {
            return null;
        }
        String path = dev.faustwire.core.edit.Levels.pathOf(levelPath, boxId);
        BoxText text = parse(box.text());
        PortCounts.Ports ports = counts.of(box);
        PortNames.Names names = PortNames.of(text, stdlib, ports.inlets(), ports.outlets());
        Names numbers = new Names(level.boxes().keySet());
        List<PortInfo> inlets = new ArrayList<>();
        for (int i = 0; i < ports.inlets(); i++) {
            inlets.add(new PortInfo(false, i, names.inlets().get(i), feeding(level, levelPath, boxId, i, generated, numbers)));
        }
        List<PortInfo> outlets = new ArrayList<>();
        for (int i = 0; i < ports.outlets(); i++) {
            outlets.add(new PortInfo(true, i, names.outlets().get(i),
                    Definitions.ofOutlet(generated, path, numbers.number(boxId), i)));
        }
        List<Attribute> attributes = new ArrayList<>();
        for (BoxText.Attribute a : text.attributes()) {
            List<String> values = new ArrayList<>();
            for (Token value : a.values()) {
                values.add(value.text());
            }
            attributes.add(new Attribute(a.name(), String.join(" ", values)));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Diagnostic d : generated.diagnostics()) {
            if (path.equals(d.boxId())) {
                diagnostics.add(d);
            }
        }
        BoxKind kind = BoxKinds.named(text.name());
        LibraryDoc doc = kind == null ? doc(text.name()) : null;
        return new BoxInfo(boxId, path, box.text(), kindOf(text, kind, doc), kindDoc(text, kind, doc), doc, inlets, outlets,
                attributes, ControlRanges.of(box.text()), ControlLabels.storedLabel(box), diagnostics);
    }

    /** The definitions of the outlets wired into inlet {@code inlet}. */
    private static List<String> feeding(Patch level, List<String> levelPath, String boxId, int inlet, Generated generated,
                                        Names numbers) {
        List<String> definitions = new ArrayList<>();
        for (Line line : level.lines().values()) {
            if (line.dest().boxId().equals(boxId) && line.dest().index() == inlet) {
                String source = dev.faustwire.core.edit.Levels.pathOf(levelPath, line.src().boxId());
                List<String> found = Definitions.ofOutlet(generated, source, numbers.number(line.src().boxId()),
                        line.src().index());
                if (found.isEmpty()) {
                    found = List.of("outlet " + (line.src().index() + 1) + " of " + line.src().boxId());
                }
                definitions.addAll(found);
            }
        }
        return definitions;
    }

    /** The doc of a library function, or of a documented name that cannot be a box; null when the name is neither. */
    private LibraryDoc doc(String name) {
        List<LibraryFunction> found = name.isEmpty() ? List.of() : stdlib.resolve(name);
        if (found.size() == 1) {
            LibraryFunction f = found.get(0);
            return new LibraryDoc(f.name(), f.library(), f.summary(), f.usage(), f.params(), null, null);
        }
        Skipped skipped = found.isEmpty() && !name.isEmpty() ? stdlib.skippedNamed(name) : null;
        if (skipped == null) {
            return null;
        }
        return new LibraryDoc(skipped.name(), skipped.library(), skipped.summary(), skipped.usage(), skipped.params(),
                skipped.reason(), SkippedUse.codeExample(skipped));
    }

    private static String kindOf(BoxText text, BoxKind kind, LibraryDoc doc) {
        if (kind != null) {
            return kind.name();
        }
        if (doc != null) {
            return doc.notABox() == null ? "library function " + doc.name() : "not a box: " + doc.name();
        }
        if (text.name().isEmpty()) {
            return "empty";
        }
        return Token.of(text.name()).isNumber() ? "constant" : "unknown";
    }

    private static String kindDoc(BoxText text, BoxKind kind, LibraryDoc doc) {
        if (kind != null) {
            return kind.doc();
        }
        if (doc != null) {
            return doc.notABox() == null ? "from " + doc.library()
                    : "it cannot be a box (" + doc.notABox() + "); call it from a code box: " + doc.codeExample();
        }
        return Token.of(text.name()).isNumber() ? "a number alone is a constant" : "";
    }


    private static BoxText parse(String text) {
        try {
            return BoxTextParser.parse(text);
        } catch (BoxTextException e) {
            return new BoxText("", List.of(), List.of());
        }
    }
}
