package dev.faustwire.stdlib.build;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documented functions of one Faust library file: every doc header such as
 * {@code //----`(os.)osc`----}, with the summary and usage that follow it. A header may name
 * several functions ({@code `(fi.)tf1`, `(fi.)tf2` and `(fi.)tf3`}) or a family
 * ({@code `(de.)fdelay[N]`}, {@code `(an.)[third|half]_octave_[analyzer|filterbank]`}).
 */
public final class LibraryDocs {
    private static final Pattern HEADER = Pattern.compile("^//\\s*[-=]{3,}.*`.+`.*[-=]{3,}\\s*$");
    private static final Pattern QUOTED = Pattern.compile("`([^`]+)`");
    private static final Pattern PREFIX = Pattern.compile("^\\([a-z]+\\.?\\)\\.?");
    private static final Pattern NAME = Pattern.compile("^[A-Za-z_\\[][A-Za-z0-9_\\[\\]|]*");
    private static final Pattern MEMBER = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*[(=]");
    private static final Pattern RULER = Pattern.compile("^//\\s*[-=]{6,}\\s*$");

    /**
     * One documented name: its qualified name, the header pattern it came from and its doc;
     * {@code delay} the line of its {@code #### Delay} section, or null without one.
     */
    public record Documented(String name, String library, String pattern, String summary, String usage, String delay) {
        public Documented(String name, String library, String pattern, String summary, String usage) {
            this(name, library, pattern, summary, usage, null);
        }
    }

    /** A header name that names nothing the file defines (a family with no member). */
    public record Unmatched(String pattern, String library, String header) {
    }

    /** What one file documents. */
    public record Result(List<Documented> documented, List<Unmatched> unmatched) {
    }

    private LibraryDocs() {
    }

    /** The documented functions of {@code text}, the file {@code library} reached as {@code prefix.}. */
    public static Result read(String prefix, String library, String text) {
        String[] lines = text.split("\n", -1);
        List<Documented> documented = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!HEADER.matcher(lines[i]).matches()) {
                continue;
            }
            String header = lines[i].trim();
            List<String> body = body(lines, i + 1);
            String summary = summary(body);
            String usage = usage(body);
            String delay = DelaySection.line(body);
            for (String pattern : headerNames(header)) {
                List<String> names = expand(pattern, text);
                if (names.isEmpty()) {
                    unmatched.add(new Unmatched(pattern, library, header));
                }
                for (String name : names) {
                    documented.add(new Documented(prefix + "." + name, library, pattern, summary, usage, delay));
                    for (String member : environmentMembers(name, text, String.join("\n", body))) {
                        documented.add(new Documented(prefix + "." + name + "." + member, library, pattern, summary, usage));
                    }
                }
            }
        }
        return new Result(documented, unmatched);
    }

    /** The names a header quotes, without their {@code (xx.)} prefix, in order, once each. */
    static List<String> headerNames(String header) {
        Set<String> names = new LinkedHashSet<>();
        Matcher quoted = QUOTED.matcher(header);
        while (quoted.find()) {
            String inside = PREFIX.matcher(quoted.group(1).trim()).replaceFirst("");
            Matcher name = NAME.matcher(inside);
            if (name.find()) {
                names.add(name.group());
            }
        }
        return new ArrayList<>(names);
    }

    /**
     * The names a header pattern stands for. A plain name stands for itself; {@code [a|b]} for each
     * alternative; {@code [N]} for the definitions the file has with a number, the letters, or
     * nothing there ({@code fdelay[N]} gives fdelay1 to fdelay5, {@code moog_vcf_2b[n]} gives
     * moog_vcf_2b and moog_vcf_2bn).
     */
    static List<String> expand(String pattern, String text) {
        if (pattern.indexOf('[') < 0) {
            return List.of(pattern);
        }
        StringBuilder regex = new StringBuilder("(?m)^(");
        boolean numbered = false;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = pattern.indexOf(']', i);
            if (c == '[' && close > i) {
                String inside = pattern.substring(i + 1, close);
                if (inside.contains("|")) {
                    List<String> options = new ArrayList<>();
                    for (String option : inside.split("\\|")) {
                        options.add(Pattern.quote(option));
                    }
                    regex.append("(?:").append(String.join("|", options)).append(')');
                } else {
                    regex.append("(?:[0-9]+|").append(Pattern.quote(inside)).append(")?");
                    numbered = true;
                }
                i = close + 1;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        regex.append(")\\s*[(=]");
        if (!numbered) {
            return alternatives(pattern);
        }
        Set<String> names = new LinkedHashSet<>();
        Matcher definition = Pattern.compile(regex.toString()).matcher(text);
        while (definition.find()) {
            names.add(definition.group(1));
        }
        return new ArrayList<>(names);
    }

    /**
     * The members of {@code name = environment { ... }} that its doc names, as {@code `lp`} or
     * {@code name.lp}: {@code fi.svf} documents {@code fi.svf.lp} and eight more filters.
     */
    static List<String> environmentMembers(String name, String text, String doc) {
        Matcher start = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\s*=\\s*environment\\s*\\{").matcher(text);
        if (!start.find()) {
            return List.of();
        }
        String block = withoutComments(text.substring(start.end()));
        Set<String> members = new LinkedHashSet<>();
        int depth = 1;
        boolean statementStart = true;
        for (int i = 0; i < block.length() && depth > 0; i++) {
            char c = block.charAt(i);
            if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
            } else if (c == ';' && depth == 1) {
                statementStart = true;
            } else if (statementStart && depth == 1 && !Character.isWhitespace(c)) {
                Matcher member = MEMBER.matcher(block).region(i, block.length());
                if (member.lookingAt() && (doc.contains("`" + member.group(1) + "`")
                        || doc.contains(name + "." + member.group(1)))) {
                    members.add(member.group(1));
                }
                statementStart = false;
            }
        }
        return new ArrayList<>(members);
    }

    private static String withoutComments(String text) {
        return text.replaceAll("//[^\\n]*", "").replaceAll("(?s)/\\*.*?\\*/", "");
    }

    /** Every spelling of a pattern made only of {@code [a|b]} choices. */
    private static List<String> alternatives(String pattern) {
        int open = pattern.indexOf('[');
        if (open < 0) {
            return List.of(pattern);
        }
        int close = pattern.indexOf(']', open);
        List<String> result = new ArrayList<>();
        for (String option : pattern.substring(open + 1, close).split("\\|")) {
            result.addAll(alternatives(pattern.substring(0, open) + option + pattern.substring(close + 1)));
        }
        return result;
    }

    /** The comment lines after a header, without their {@code //}, up to the closing ruler. */
    private static List<String> body(String[] lines, int from) {
        List<String> body = new ArrayList<>();
        for (int i = from; i < lines.length; i++) {
            String line = lines[i];
            if (!line.startsWith("//") || RULER.matcher(line).matches() || HEADER.matcher(line).matches()) {
                break;
            }
            String content = line.substring(2);
            body.add(content.startsWith(" ") ? content.substring(1) : content);
        }
        return body;
    }

    /** The first paragraph, on one line. */
    private static String summary(List<String> body) {
        StringBuilder summary = new StringBuilder();
        for (String line : body) {
            String text = line.trim();
            if (text.isEmpty() || text.startsWith("#")) {
                if (summary.length() > 0) {
                    break;
                }
                continue;
            }
            if (summary.length() > 0) {
                summary.append(' ');
            }
            summary.append(text);
        }
        return summary.toString();
    }

    /** The code lines of the first fenced block after {@code #### Usage}, joined by newlines. */
    private static String usage(List<String> body) {
        int i = 0;
        while (i < body.size() && !body.get(i).trim().toLowerCase().startsWith("#### usage")) {
            i++;
        }
        while (i < body.size() && !body.get(i).trim().startsWith("```")) {
            i++;
        }
        List<String> code = new ArrayList<>();
        for (i++; i < body.size() && !body.get(i).trim().startsWith("```"); i++) {
            if (!body.get(i).trim().isEmpty()) {
                code.add(body.get(i).strip());
            }
        }
        return String.join("\n", code);
    }
}
