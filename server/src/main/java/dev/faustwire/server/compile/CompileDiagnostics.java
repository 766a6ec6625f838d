package dev.faustwire.server.compile;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.server.toolchain.CompileFailure;
import dev.faustwire.server.toolchain.CompileOutcome;
import dev.faustwire.server.toolchain.CompilerError;
import dev.faustwire.server.toolchain.CompilerMessages;
import dev.faustwire.server.toolchain.SandboxLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A failed compile as diagnostics pinned to boxes: an error with a line of the generated program
 * goes to the box of that line (the source map); an error without one (arity errors) goes to the
 * first box whose definition it quotes, else to the only box whose line calls a function its first
 * line names ({@code lowpass(2)(1000):B}); an error that none of this pins, and a crash of the
 * compiler, go to the box {@link FailureBisection} finds, when it finds one; timeouts and memory
 * exhaustion are about the whole program.
 */
public final class CompileDiagnostics {
    private static final Pattern DEFINITION = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*[(=]");
    private static final Pattern QUOTED_EXPRESSION = Pattern.compile("(?m)^(?:Here|while)\\s+\\S+\\s+=\\s+(.*);$");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** What faust says, with no file or line ({@code ???? : -1 : ERROR : ...}), when nothing defines process. */
    private static final String UNDEFINED_PROCESS = "undefined symbol : process";
    /** The plain message of a program without process: the empty program, one of comments only. */
    static final String NO_PROCESS = "the program defines no process; Faust plays what process is, as in process = _;";

    private CompileDiagnostics() {
    }

    /** The diagnostics of a failure, without compiling again: what names no box stays on no box. */
    public static List<Diagnostic> of(CompileOutcome.Failed failed, Program program, SandboxLimits limits) {
        return of(failed, program, limits, () -> null);
    }

    /** The diagnostics of a failure; {@code bisection} is asked, at most once, for what names no box. */
    public static List<Diagnostic> of(CompileOutcome.Failed failed, Program program, SandboxLimits limits,
            Supplier<FailureBisection.Culprit> bisection) {
        Supplier<FailureBisection.Culprit> culprit = new Once<>(bisection);
        if (failed.kind() == CompileFailure.CRASHED && culprit.get() != null) {
            return List.of(Diagnostic.atBox(Code.COMPILER_CRASHED, culprit.get().boxId(),
                    explain(failed, limits) + crashHint(culprit.get())));
        }
        if (failed.kind() != CompileFailure.REJECTED) {
            return List.of(Diagnostic.atDocument(failed.kind().code(), explain(failed, limits)));
        }
        if (failed.message().contains(UNDEFINED_PROCESS)) {
            return List.of(Diagnostic.atDocument(Code.COMPILE_ERROR, NO_PROCESS));
        }
        List<BoxLine> lines = boxLines(program);
        Map<String, String> boxOfDefinition = definitions(lines);
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (CompilerError error : CompilerMessages.errors(failed.message())) {
            String boxId = boxOf(error, program, lines, boxOfDefinition);
            String where = error.file() == null ? "" : error.file() + ":" + error.line() + ": ";
            String message = where + error.message();
            if (boxId == null && culprit.get() != null) {
                boxId = culprit.get().boxId();
                message += "\n(Faust gives no line for this error. It goes away when " + culprit.get().definition()
                        + ", the signal of this box, is replaced by the constant 1, so it starts here.)";
            }
            diagnostics.add(new Diagnostic(Code.COMPILE_ERROR.severity(), Code.COMPILE_ERROR, boxId, null, -1, message));
        }
        return diagnostics;
    }

    /** What a person can do about a crash that goes away without this box's signal. */
    private static String crashHint(FailureBisection.Culprit culprit) {
        return "\nFaust 2.54.9 crashed where it should have compiled or given an error. The crash goes away when "
                + culprit.definition() + ", the signal of this box, is replaced by the constant 1, so it starts here."
                + " It crashes this way when two bargraphs share a label, and when a feedback loop gives several"
                + " signals that are all constant.";
    }

    /** A supplier asked at most once, and only when something needs its value. */
    private static final class Once<T> implements Supplier<T> {
        private final Supplier<T> source;
        private boolean asked;
        private T value;

        Once(Supplier<T> source) {
            this.source = source;
        }

        @Override
        public T get() {
            if (!asked) {
                asked = true;
                value = source.get();
            }
            return value;
        }
    }

    /** A line of the generated program that belongs to a box. */
    private record BoxLine(String box, String text) {
    }

    /** The generated lines the source map gives to a box, split once per failed compile. */
    private static List<BoxLine> boxLines(Program program) {
        List<BoxLine> lines = new ArrayList<>();
        if (program.sourceMap() == null || program.code() == null) {
            return lines;
        }
        String[] texts = program.code().split("\n", -1);
        for (int i = 0; i < texts.length; i++) {
            String box = program.sourceMap().boxAt(i + 1);
            if (box != null) {
                lines.add(new BoxLine(box, texts[i]));
            }
        }
        return lines;
    }

    private static String explain(CompileOutcome.Failed failed, SandboxLimits limits) {
        return switch (failed.kind()) {
            case TIMEOUT -> "the Faust compiler did not finish within " + limits.timeout().toSeconds()
                    + " s; a very wide par/seq or a delay of millions of samples can do this";
            case OUT_OF_MEMORY -> "the Faust compiler ran out of its " + (limits.memoryBytes() >> 20)
                    + " MiB of memory on this program";
            case CRASHED -> "the Faust compiler crashed (" + failed.ending() + ")"
                    + (failed.message().isEmpty() ? "" : ": " + firstLine(failed.message()));
            case TOO_LARGE -> failed.message();
            case REJECTED -> failed.message();
        };
    }

    static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static String boxOf(CompilerError error, Program program, List<BoxLine> lines,
            Map<String, String> boxOfDefinition) {
        if (program.sourceMap() == null) {
            return null;
        }
        if (error.line() > 0 && program.fileName().equals(error.file())) {
            String box = program.sourceMap().boxAt(error.line());
            if (box != null) {
                return box;
            }
        }
        Matcher names = IDENTIFIER.matcher(error.message());
        while (names.find()) {
            String box = boxOfDefinition.get(names.group());
            if (box != null) {
                return box;
            }
        }
        String caller = onlyBoxWhere(lines, calls(firstLine(error.message())));
        return caller != null ? caller : onlyBoxWhere(lines, writes(quotedExpressions(error.message())));
    }

    /** The short expressions an arity error shows ({@code Here  A = ...;}, {@code while B = ...;}). */
    private static List<String> quotedExpressions(String message) {
        List<String> expressions = new ArrayList<>();
        Matcher quoted = QUOTED_EXPRESSION.matcher(message);
        while (quoted.find()) {
            String expression = quoted.group(1).replaceAll("\\s+", "");
            if (expression.length() >= 3 && !quoted.group(1).contains("... (")) {
                expressions.add(expression);
            }
        }
        return expressions;
    }

    /** A line that contains one of the expressions, spaces ignored. */
    private static Predicate<String> writes(List<String> expressions) {
        return line -> {
            String compact = line.replaceAll("\\s+", "");
            return expressions.stream().anyMatch(compact::contains);
        };
    }

    /** A line that uses a function (of two letters or more) named in the error's first line. */
    private static Predicate<String> calls(String header) {
        List<Pattern> calls = new ArrayList<>();
        Matcher names = IDENTIFIER.matcher(header);
        while (names.find()) {
            if (names.group().length() >= 2) {
                calls.add(Pattern.compile("(?<![A-Za-z0-9_])(?:[a-z]{2}\\.)?" + Pattern.quote(names.group())
                        + "(?![A-Za-z0-9_])"));
            }
        }
        return line -> calls.stream().anyMatch(call -> call.matcher(line).find());
    }

    /** The one box with lines that match, else null (no box, or several). */
    private static String onlyBoxWhere(List<BoxLine> lines, Predicate<String> matches) {
        Set<String> boxes = new TreeSet<>();
        for (BoxLine line : lines) {
            if (matches.test(line.text())) {
                boxes.add(line.box());
            }
        }
        return boxes.size() == 1 ? boxes.iterator().next() : null;
    }

    /** Definition name to the box it belongs to, read off the generated lines the source map attributes. */
    static Map<String, String> definitions(Program program) {
        return definitions(boxLines(program));
    }

    private static Map<String, String> definitions(List<BoxLine> lines) {
        Map<String, String> boxes = new LinkedHashMap<>();
        for (BoxLine line : lines) {
            Matcher definition = DEFINITION.matcher(line.text());
            if (definition.find()) {
                boxes.putIfAbsent(definition.group(1), line.box());
            }
        }
        return boxes;
    }
}
