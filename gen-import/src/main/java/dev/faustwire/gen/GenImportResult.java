package dev.faustwire.gen;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.diag.Severity;
import dev.faustwire.core.model.Patch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import gives: the patch (null when nothing could be imported), the patches of the
 * abstractions it uses, by the file name they are saved under beside it ({@code adcurve.json}),
 * and the compatibility report: every operator, attribute or GenExpr construct not translated
 * exactly, each a diagnostic with its box and a suggested substitute.
 */
public record GenImportResult(Patch patch, Map<String, Patch> files, List<Diagnostic> report) {

    public GenImportResult {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
        report = Collections.unmodifiableList(new ArrayList<>(report));
    }

    /** True when something was imported. */
    public boolean imported() {
        return patch != null;
    }

    /** True when the patch computes exactly what the Gen patcher computes: nothing in the report. */
    public boolean exact() {
        return patch != null && report.isEmpty();
    }

    /** The report's errors: what was left out or could not be read. */
    public List<Diagnostic> errors() {
        List<Diagnostic> errors = new ArrayList<>();
        for (Diagnostic d : report) {
            if (d.severity() == Severity.ERROR) {
                errors.add(d);
            }
        }
        return errors;
    }
}
