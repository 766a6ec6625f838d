package dev.faustwire.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.PatchValidator;
import dev.faustwire.core.io.ReadResult;
import io.javalin.http.BadRequestResponse;
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
    /** How many problems a refusal lists before it says how many more there are. */
    private static final int LISTED = 3;

    private PatchRules() {
    }

    /** Throws a 400 that lists the problems when the text (one JSON object, read as {@code tree}) is no valid patch. */
    static void check(String text, JsonNode tree) {
        List<String> problems = new ArrayList<>();
        JsonNode version = tree.get("version");
        if (version != null && !(version.isIntegralNumber() && version.canConvertToInt() && version.intValue() == VERSION)) {
            problems.add("\"version\" is the number " + VERSION + ", not " + shown(version));
        }
        ReadResult read = PatchReader.read(text);
        for (Diagnostic diagnostic : read.diagnostics()) {
            if (!(diagnostic.code() == Code.UNSUPPORTED_VERSION && !problems.isEmpty())) {
                problems.add(diagnostic.code().id() + " " + diagnostic.message());
            }
        }
        if (read.patch() != null) {
            for (Diagnostic diagnostic : PatchValidator.validate(read.patch())) {
                if (diagnostic.code() == Code.PORT_OUT_OF_RANGE) {
                    problems.add(diagnostic.code().id() + " " + diagnostic.message() + ": a port number is 0 or more");
                }
            }
        }
        if (!problems.isEmpty()) {
            StringBuilder detail = new StringBuilder("not a valid patch: ");
            for (int i = 0; i < Math.min(LISTED, problems.size()); i++) {
                detail.append(i == 0 ? "" : "; ").append(problems.get(i));
            }
            if (problems.size() > LISTED) {
                detail.append("; and ").append(problems.size() - LISTED).append(" more");
            }
            throw new BadRequestResponse(detail.toString());
        }
    }

    /** A JSON value as it was sent, shortened. */
    private static String shown(JsonNode value) {
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
