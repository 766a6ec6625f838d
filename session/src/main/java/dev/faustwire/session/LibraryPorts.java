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
            BoxPorts.Count count = BoxPorts.of(box, stdlib, resources);
            entry = new Entry(box, new Ports(count.inlets(), count.outlets(), count.known()));
            byId.put(box.id(), entry);
        }
        return entry.ports;
    }

    /** Forgets every count: another patch was opened, or probed arities changed what code boxes have. */
    public void forget() {
        byId.clear();
    }
}
