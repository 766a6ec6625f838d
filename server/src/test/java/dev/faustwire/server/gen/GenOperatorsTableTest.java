package dev.faustwire.server.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.stdlib.jvm.GenLibrary;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/gen-operators.md keeps its promises: every row that says exact or approximate names gen.lib
 * functions that exist and a test method that exists, and the table covers Max's whole gen~ reference.
 */
class GenOperatorsTableTest {
    private static final Path TABLE = Path.of("..", "docs", "gen-operators.md");
    private static final Pattern ROW = Pattern.compile("^\\| (.+?) \\| (.*?) \\| (.*?) \\| (.*?) \\|$");
    private static final Pattern FUNCTION = Pattern.compile("`gen\\.([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern TEST = Pattern.compile("`([A-Za-z0-9_.]+)\\.([A-Za-z0-9_]+)`");

    private record Row(String gen, String faust, String status, String test) {
    }

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(TABLE)) {
            Matcher row = ROW.matcher(line);
            if (row.matches() && !row.group(1).equals("Gen operator") && !row.group(1).startsWith("---")) {
                rows.add(new Row(row.group(1), row.group(2), row.group(3), row.group(4)));
            }
        }
        return rows;
    }

    @Test
    void everyExactOrApproximateRowNamesDefinedFunctionsAndAnExistingTest() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Row row : rows()) {
            if (!row.status.startsWith("exact") && !row.status.startsWith("approximate")) {
                continue;
            }
            checked++;
            Matcher function = FUNCTION.matcher(row.faust);
            if (!function.find()) {
                problems.add(row.gen + ": no gen.lib function named");
            }
            function.reset();
            while (function.find()) {
                if (!defined(function.group(1))) {
                    problems.add(row.gen + ": gen." + function.group(1) + " is not defined in gen.lib");
                }
            }
            Matcher test = TEST.matcher(row.test);
            if (!test.matches()) {
                problems.add(row.gen + ": no test named (" + row.test + ")");
            } else if (!testExists(test.group(1), test.group(2))) {
                problems.add(row.gen + ": test " + test.group(1) + "." + test.group(2) + " does not exist");
            }
        }
        System.out.println("docs/gen-operators.md: " + rows().size() + " rows, " + checked + " exact or approximate");
        assertEquals(List.of(), problems);
    }

    @Test
    void theTableCoversMaxsGenReference() throws IOException {
        String table = Files.readString(TABLE);
        // a sample across the reference's categories, symbolic operators included
        for (String name : List.of("`!%`", "`<=p`", "`^^`", "`+=`", "`*=`", "`fftinfo`", "`mc_channelcount`",
                "`splat`", "`smoothstep`", "`t60time`", "`SQRT1_2`", "`setparam`", "`noise`")) {
            assertTrue(table.contains(name), name + " is missing from the table");
        }
        assertTrue(rows().size() >= 150, rows().size() + " rows");
    }

    private static boolean defined(String name) {
        return Pattern.compile("(?m)^" + Pattern.quote(name) + "\\s*[(=]").matcher(GenLibrary.text()).find();
    }

    private static boolean testExists(String className, String method) {
        String qualified = className.contains(".") ? className : GenOperatorsTableTest.class.getPackageName() + "." + className;
        try {
            for (Method m : Class.forName(qualified).getDeclaredMethods()) {
                if (m.getName().equals(method) && m.isAnnotationPresent(Test.class)) {
                    return true;
                }
            }
            return false;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
