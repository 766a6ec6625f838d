package dev.faustwire.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What portable code (compiled to JavaScript by TeaVM and run in the JVM alike) may not use:
 * reflection, Jackson, the browser's JSO, files, threads, unordered hash collections (they iterate
 * in another order in the browser), {@code String.format} (it formats differently there),
 * {@code String.split} and regular expressions (they pull a regex engine into the page).
 */
class PortableRulesTest {
    /** A rule: what is looked for in the code, and why it is not allowed. */
    record Rule(Pattern pattern, String why) {
        static Rule of(String regex, String why) {
            return new Rule(Pattern.compile(regex), why);
        }
    }

    static final List<Rule> RULES = List.of(
            Rule.of("\\bjava\\.lang\\.reflect\\b|\\.getDeclared\\w+\\(|Class\\.forName\\(", "reflection"),
            Rule.of("\\bcom\\.fasterxml\\b", "Jackson"),
            Rule.of("\\borg\\.teavm\\b", "browser APIs"),
            Rule.of("\\bjava\\.io\\.File\\b|\\bjava\\.nio\\.file\\b|\\bFileInputStream\\b", "files"),
            Rule.of("\\bnew Thread\\(|\\bjava\\.util\\.concurrent\\b|\\bsynchronized\\b", "threads"),
            Rule.of("\\bnew (HashMap|HashSet)\\b|\\bjava\\.util\\.(HashMap|HashSet)\\b", "unordered collections"),
            Rule.of("\\bString\\.format\\(|\\.formatted\\(", "String.format"),
            Rule.of("\\.split\\((?!\\))|\\bjava\\.util\\.regex\\b|\\.replaceAll\\(|\\.matches\\(", "regular expressions"));

    @ParameterizedTest
    @ValueSource(strings = {"editor-core", "stdlib-index", "gen-import", "codegen", "session"})
    void portableCodeKeepsToWhatRunsTheSameInTheBrowser(String module) {
        List<String> wrong = new ArrayList<>();
        for (Sources.Source source : Sources.of(module)) {
            if (ModuleArrowsTest.JVM_ONLY.stream().anyMatch(source.packageName()::startsWith)) {
                continue; // the index builder and loader run only in the JVM
            }
            wrong.addAll(violations(source));
        }
        assertEquals(List.of(), wrong);
    }

    static List<String> violations(Sources.Source source) {
        List<String> wrong = new ArrayList<>();
        String[] lines = source.text().split("\n");
        for (int i = 0; i < lines.length; i++) {
            String code = codeOf(lines[i]);
            for (Rule rule : RULES) {
                if (rule.pattern().matcher(code).find()) {
                    wrong.add(source.where() + ":" + (i + 1) + " uses " + rule.why() + ": " + lines[i].trim());
                }
            }
        }
        return wrong;
    }

    /** A line without its trailing comment, and nothing for a comment line. */
    private static String codeOf(String line) {
        String t = line.trim();
        if (t.startsWith("*") || t.startsWith("/*") || t.startsWith("//")) {
            return "";
        }
        int comment = line.indexOf("//");
        return comment >= 0 ? line.substring(0, comment) : line;
    }

    @org.junit.jupiter.api.Test
    void plantedViolationsAreFoundAndCommentsAreNot() {
        Sources.Source planted = new Sources.Source(Sources.ROOT.resolve("codegen/src/main/java/X.java"),
                "dev.faustwire.codegen", List.of(), """
                        package dev.faustwire.codegen;
                        /** Not String.format(...) here: a comment. */
                        class X {
                            java.util.Map<String, String> m = new HashMap<>(); // unordered
                            String s = String.format("%d", 1);
                            String[] parts = "a b".split(" ");
                        }
                        """);
        assertEquals(List.of(
                "codegen/src/main/java/X.java:4 uses unordered collections: java.util.Map<String, String> m = new HashMap<>(); // unordered",
                "codegen/src/main/java/X.java:5 uses String.format: String s = String.format(\"%d\", 1);",
                "codegen/src/main/java/X.java:6 uses regular expressions: String[] parts = \"a b\".split(\" \");"),
                violations(planted));
    }
}
