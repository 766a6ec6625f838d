package dev.faustwire.server.compile;

import dev.faustwire.server.toolchain.CompileFailure;
import dev.faustwire.server.toolchain.CompileOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the box behind a failed compile whose message names no line: Faust's value-range checks
 * ({@code division by 0}, a delay that can be negative) and its own crashes. Variants of the
 * program in which the first k one-line box definitions ({@code Kind_N_k = ...;}) give the
 * constant 1 are compiled, and k is bisected to the first definition whose replacement makes the
 * failure go away: the failure starts at that box. About log2(definitions) compiles, at most
 * {@value #MAX_COMPILES}, and none started past the search's deadline; a variant that times out
 * ends the search with no box, and a busy server ends it with {@link ServerBusyException}.
 */
final class FailureBisection {
    static final int MAX_COMPILES = 14;
    /** One signal for one outlet of a box; heads of functions ({@code Par_5 = par(...)}) are not cut. */
    private static final Pattern DEFINITION = Pattern.compile("^(\\s*)([A-Za-z][A-Za-z0-9_]*_\\d+_\\d+) = .*;$");

    private FailureBisection() {
    }

    /** The box a failure starts at, and the definition whose replacement removed the failure. */
    record Culprit(String boxId, String definition) {
    }

    /** The culprit of {@code failure}, or null when no variant removes it within the budget. */
    static Culprit find(Program program, CompileOutcome.Failed failure, Function<Program, CompileOutcome> compile) {
        return find(program, failure, compile, System.nanoTime() + TimeUnit.DAYS.toNanos(1));
    }

    /** The culprit, searched until {@code deadline} ({@link System#nanoTime()}); null when it runs out. */
    static Culprit find(Program program, CompileOutcome.Failed failure, Function<Program, CompileOutcome> compile,
            long deadline) {
        if (program.code() == null || program.sourceMap() == null) {
            return null;
        }
        String[] lines = program.code().split("\n", -1);
        List<Cut> cuttable = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher definition = DEFINITION.matcher(lines[i]);
            String box = program.sourceMap().boxAt(i + 1);
            if (box != null && definition.matches()) {
                cuttable.add(new Cut(i, definition.group(1) + definition.group(2) + " = 1;",
                        new Culprit(box, definition.group(2))));
            }
        }
        Search search = new Search(program, lines, cuttable, failure, compile, deadline);
        Boolean allCut = search.persists(cuttable.size());
        if (allCut == null || allCut) {
            return null;
        }
        int persists = 0;
        int gone = cuttable.size();
        while (gone - persists > 1) {
            int middle = (persists + gone) >>> 1;
            Boolean result = search.persists(middle);
            if (result == null) {
                return null;
            }
            if (result) {
                persists = middle;
            } else {
                gone = middle;
            }
        }
        return cuttable.get(gone - 1).culprit();
    }

    /** A definition that can be cut: its line, the line that gives 1 instead, and whom it blames. */
    private record Cut(int line, String replacement, Culprit culprit) {
    }

    /** The compiles of one search, counted. */
    private static final class Search {
        private final Program program;
        private final String[] lines;
        private final List<Cut> cuttable;
        private final CompileOutcome.Failed failure;
        private final Function<Program, CompileOutcome> compile;
        private final long deadline;
        private int compiles;

        Search(Program program, String[] lines, List<Cut> cuttable, CompileOutcome.Failed failure,
                Function<Program, CompileOutcome> compile, long deadline) {
            this.deadline = deadline;
            this.program = program;
            this.lines = lines;
            this.cuttable = cuttable;
            this.failure = failure;
            this.compile = compile;
        }

        /** Whether the failure is still there with the first {@code cut} definitions giving 1; null: cannot tell. */
        Boolean persists(int cut) {
            if (compiles++ >= MAX_COMPILES || System.nanoTime() - deadline > 0) {
                return null;
            }
            CompileOutcome outcome = compile.apply(variant(cut));
            if (!(outcome instanceof CompileOutcome.Failed failed)) {
                return false;
            }
            if (failed.kind() == CompileFailure.TIMEOUT || failed.kind() == CompileFailure.OUT_OF_MEMORY) {
                return null;
            }
            return failed.kind() == failure.kind() && signature(failed.message()).equals(signature(failure.message()));
        }

        private Program variant(int cut) {
            String[] text = lines.clone();
            for (Cut replaced : cuttable.subList(0, cut)) {
                text[replaced.line()] = replaced.replacement();
            }
            return new Program(program.name(), String.join("\n", text), program.sourceMap(), List.of(),
                    program.inputs(), program.outputs());
        }
    }

    /**
     * What makes two failures the same one: the words of the first line before any quoted signal
     * ({@code can't compute the min and max values of}), or the file and line of a crash's assert.
     */
    static String signature(String message) {
        String line = CompileDiagnostics.firstLine(message);
        int assertion = line.indexOf("(file: ");
        if (assertion >= 0) {
            int version = line.indexOf(", version", assertion);
            return version < 0 ? line : line.substring(0, version);
        }
        String text = line.startsWith("ERROR : ") ? line.substring("ERROR : ".length()) : line;
        return text.split("[:(]", 2)[0].strip();
    }
}
