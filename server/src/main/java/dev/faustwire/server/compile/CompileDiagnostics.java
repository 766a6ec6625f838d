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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A failed compile as diagnostics pinned to boxes: an error with a line of the generated program
 * goes to the box of that line (the source map); an error without one (arity errors) goes to the
 * first box whose definition it quotes, else to the only box whose line calls a function its first
 * line names ({@code lowpass(2)(1000):B}); anything else is about the whole program.
 */
public final class CompileDiagnostics {
    private static final Pattern DEFINITION = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*[(=]");
    private static final Pattern QUOTED_EXPRESSION = Pattern.compile("(?m)^(?:Here|while)\\s+\\S+\\s+=\\s+(.*);$");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private CompileDiagnostics() {
    }

    public static List<Diagnostic> of(CompileOutcome.Failed failed, Program program, SandboxLimits limits) {
        if (failed.kind() != CompileFailure.REJECTED) {
            return List.of(Diagnostic.atDocument(failed.kind().code(), explain(failed, limits)));
        }
        Map<String, String> boxOfDefinition = definitions(program);
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (CompilerError error : CompilerMessages.errors(failed.message())) {
            String boxId = boxOf(error, program, boxOfDefinition);
            String where = error.file() == null ? "" : error.file() + ":" + error.line() + ": ";
            diagnostics.add(new Diagnostic(Code.COMPILE_ERROR.severity(), Code.COMPILE_ERROR, boxId, null, -1,
                    where + error.message()));
        }
        return diagnostics;
    }

    private static String explain(CompileOutcome.Failed failed, SandboxLimits limits) {
        return switch (failed.kind()) {
            case TIMEOUT -> "the Faust compiler did not finish within " + limits.timeout().toSeconds()
                    + " s; a very wide par/seq or a delay of millions of samples can do this";
            case OUT_OF_MEMORY -> "the Faust compiler ran out of its " + (limits.memoryBytes() >> 20)
                    + " MiB of memory on this program";
            case CRASHED -> "the Faust compiler crashed (" + failed.ending() + ")"
                    + (failed.message().isEmpty() ? "" : ": " + firstLine(failed.message()));
            case REJECTED -> failed.message();
        };
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static String boxOf(CompilerError error, Program program, Map<String, String> boxOfDefinition) {
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
        String caller = onlyBoxCalling(firstLine(error.message()), program);
        return caller != null ? caller : onlyBoxWriting(quotedExpressions(error.message()), program);
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

    /** The one box whose generated lines contain one of the expressions (spaces ignored), else null. */
    private static String onlyBoxWriting(List<String> expressions, Program program) {
        Set<String> boxes = new TreeSet<>();
        String[] lines = program.code().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String box = program.sourceMap().boxAt(i + 1);
            String line = lines[i].replaceAll("\\s+", "");
            for (String expression : expressions) {
                if (box != null && line.contains(expression)) {
                    boxes.add(box);
                }
            }
        }
        return boxes.size() == 1 ? boxes.iterator().next() : null;
    }

    /** The one box whose generated lines use a function named in the error's first line, else null. */
    private static String onlyBoxCalling(String header, Program program) {
        Set<String> boxes = new TreeSet<>();
        String[] lines = program.code().split("\n", -1);
        Matcher names = IDENTIFIER.matcher(header);
        while (names.find()) {
            String name = names.group();
            if (name.length() < 2) {
                continue;
            }
            Pattern call = Pattern.compile("(?<![A-Za-z0-9_])(?:[a-z]{2}\\.)?" + Pattern.quote(name) + "(?![A-Za-z0-9_])");
            for (int i = 0; i < lines.length; i++) {
                String box = program.sourceMap().boxAt(i + 1);
                if (box != null && call.matcher(lines[i]).find()) {
                    boxes.add(box);
                }
            }
        }
        return boxes.size() == 1 ? boxes.iterator().next() : null;
    }

    /** Definition name to the box it belongs to, read off the generated lines the source map attributes. */
    static Map<String, String> definitions(Program program) {
        Map<String, String> boxes = new LinkedHashMap<>();
        if (program.sourceMap() == null || program.code() == null) {
            return boxes;
        }
        String[] lines = program.code().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String box = program.sourceMap().boxAt(i + 1);
            Matcher definition = DEFINITION.matcher(lines[i]);
            if (box != null && definition.find()) {
                boxes.putIfAbsent(definition.group(1), box);
            }
        }
        return boxes;
    }
}
