package dev.faustwire.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.PatchValidator;
import dev.faustwire.core.io.ReadResult;
import java.util.ArrayList;
import java.util.List;

/**
 * What the patch format (version 1) allows a stored patch to be, judged by editor-core's own reader so that the
 * server never stores what the editor would refuse to open: every problem the reader reports (JSON it cannot
 * read, nesting deeper than it goes, another format, a newer version, a malformed line or rect, a duplicated
 * key), a {@code "version"} that is not the number 1, and a line to a negative port. Problems of meaning that
 * an unfinished patch may have (a box without text, a line to a missing box) are the editor's to show.
 */
final class PatchRules {
    /** The version of the patch format this server stores. */
    static final int VERSION = 1;

    private PatchRules() {
    }

    /** Throws {@link InvalidPatch} (a 400 with diagnostics) when the text (one JSON object, read as {@code tree}) is no valid patch. */
    static void check(String text, JsonNode tree) {
        List<Diagnostic> problems = new ArrayList<>();
        JsonNode version = tree.get("version");
        boolean badVersion = version != null
                && !(version.isIntegralNumber() && version.canConvertToInt() && version.intValue() == VERSION);
        if (badVersion) {
            problems.add(Diagnostic.atDocument(Code.UNSUPPORTED_VERSION,
                    "\"version\" is the number " + VERSION + ", not " + shown(version)));
        }
        ReadResult read = PatchReader.read(text);
        for (Diagnostic diagnostic : read.diagnostics()) {
            if (!(badVersion && diagnostic.code() == Code.UNSUPPORTED_VERSION)) {
                problems.add(diagnostic);
            }
        }
        if (read.patch() != null) {
            for (Diagnostic diagnostic : PatchValidator.validate(read.patch())) {
                if (diagnostic.code() == Code.PORT_OUT_OF_RANGE) {
                    problems.add(diagnostic);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPatch(problems);
        }
    }

    /** A JSON value as it was sent, shortened. */
    private static String shown(JsonNode value) {
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
