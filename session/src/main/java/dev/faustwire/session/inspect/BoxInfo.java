package dev.faustwire.session.inspect;

import dev.faustwire.core.diag.Diagnostic;
import java.util.List;

/**
 * What the inspector shows of one box: its id and path ({@code box-9/box-2} inside a sub-patcher),
 * text, kind and the kind's one-line doc, the library doc (null for no library function), its named
 * inlets and outlets, attributes, control ranges as editable fields, stored label (null when none)
 * and the diagnostics that name it.
 */
public record BoxInfo(String boxId, String path, String text, String kind, String kindDoc, LibraryDoc doc,
                      List<PortInfo> inlets, List<PortInfo> outlets, List<Attribute> attributes,
                      List<RangeField> ranges, String storedLabel, List<Diagnostic> diagnostics) {

    public BoxInfo {
        inlets = List.copyOf(inlets);
        outlets = List.copyOf(outlets);
        attributes = List.copyOf(attributes);
        ranges = List.copyOf(ranges);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The port with that {@code data-port} value ({@code in 0}, {@code out 1}), or null. */
    public PortInfo port(String port) {
        for (PortInfo p : inlets) {
            if (p.port().equals(port)) {
                return p;
            }
        }
        for (PortInfo p : outlets) {
            if (p.port().equals(port)) {
                return p;
            }
        }
        return null;
    }
}
