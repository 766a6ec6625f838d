package dev.faustwire.core.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/diagnostics.md lists every code exactly once, with the severity the code has. */
class DiagnosticsDocTest {
    private static final Pattern ROW = Pattern.compile("^\\| ([EWG]\\d{3}) \\| (error|warning) \\|", Pattern.MULTILINE);

    @Test
    void everyCodeIsDocumentedOnceWithItsSeverity() throws Exception {
        String doc = Files.readString(Path.of("../docs/diagnostics.md"), StandardCharsets.UTF_8);
        List<String> documented = new ArrayList<>();
        Matcher row = ROW.matcher(doc);
        while (row.find()) {
            documented.add(row.group(1) + " " + row.group(2));
        }
        List<String> declared = new ArrayList<>();
        for (Code code : Code.values()) {
            declared.add(code.id() + " " + code.severity().label());
        }
        assertEquals(declared, documented);
        assertEquals(documented.size(), new TreeSet<>(documented).size(), "no code documented twice");
        assertTrue(documented.size() >= 15);
    }
}
