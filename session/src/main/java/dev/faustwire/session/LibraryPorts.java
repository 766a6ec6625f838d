package dev.faustwire.session;

import dev.faustwire.codegen.BoxPorts;
import dev.faustwire.codegen.Resources;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.view.PortCounts;
import dev.faustwire.stdlib.StdlibIndex;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ports of a box as code generation derives them from its text (the library index, the box
 * kinds, {@code @ins}/{@code @outs}, probed code arities). Remembered per box object: an edit
 * makes new objects only for the boxes it changes, so a drag over a thousand boxes analyses none
 * of them again.
 */
public final class LibraryPorts implements PortCounts {
    private final StdlibIndex stdlib;
    private final Resources resources;
    private final Map<String, Entry> byId = new LinkedHashMap<>();
    /** Ports of plain boxes (no data, no sub-patcher) by text: a patch opened again, or a box typed again. */
    private final Map<String, Ports> byText = new LinkedHashMap<>();
    /** How many texts are remembered before the table starts again. */
    static final int TEXTS = 8192;

    private record Entry(Box box, Ports ports) {
    }

    public LibraryPorts(StdlibIndex stdlib, Resources resources) {
        this.stdlib = stdlib;
        this.resources = resources;
    }

    @Override
    public Ports of(Box box) {
        Entry entry = byId.get(box.id());
        if (entry == null || entry.box != box) {
            boolean plain = box.data() == null && box.subpatch() == null && !namesAFile(box.text());
            Ports ports = plain ? byText.get(box.text()) : null;
            if (ports == null) {
                BoxPorts.Count count = BoxPorts.of(box, stdlib, resources);
                ports = new Ports(count.inlets(), count.outlets(), count.known());
                if (plain) {
                    if (byText.size() >= TEXTS) {
                        byText.clear();
                    }
                    byText.put(box.text(), ports);
                }
            }
            entry = new Entry(box, ports);
            byId.put(box.id(), entry);
        }
        return entry.ports;
    }

    /**
     * Forgets the counts by box: another patch was opened, or probed arities changed what code boxes
     * have. Counts by text stay: a plain box's ports depend on its text alone.
     */
    public void forget() {
        byId.clear();
    }

    /** A sub-patcher or code box, whose ports may come from elsewhere than its text. */
    private static boolean namesAFile(String text) {
        return text.startsWith("p ") || text.startsWith("patcher ") || text.startsWith("code");
    }
}
