package dev.faustwire.server.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faustwire.core.text.BoxText;
import dev.faustwire.core.text.BoxTextException;
import dev.faustwire.core.text.BoxTextParser;
import dev.faustwire.core.text.Token;
import dev.faustwire.server.http.LibrarySearch;
import dev.faustwire.stdlib.Arity;
import dev.faustwire.stdlib.LibraryFunction;
import dev.faustwire.stdlib.Search;
import dev.faustwire.stdlib.Skipped;
import dev.faustwire.stdlib.SkippedUse;
import dev.faustwire.stdlib.StdlibIndex;
import dev.faustwire.stdlib.build.FaustProbe;
import dev.faustwire.stdlib.build.OnDemandArity;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code faustwire lib QUERY [--json] [--all]}: searches the Faust library index. A query that is a
 * box text ({@code si.bus 5}, {@code fi.lowpass 2 1000}) also prints the inlets and outlets such a
 * box gets, asking the compiler when the index has no rule for it.
 */
final class LibCommand {
    private static final int SHOWN = 20;
    private static final ObjectMapper JSON = CliJson.MAPPER;

    private LibCommand() {
    }

    static int run(CliArgs args, PrintStream out, PrintStream err) {
        args.allowOnly("json", "all");
        if (args.positional().isEmpty()) {
            throw new UsageException("lib takes a search text, as in: faustwire lib lowpass");
        }
        String query = String.join(" ", args.positional()).trim();
        StdlibIndex index = BundledIndex.get();
        Call call = call(index, query);
        List<LibraryFunction> functions = new ArrayList<>();
        if (call != null) {
            functions.add(call.function);
        } else {
            for (Search.Match match : index.search(query)) {
                functions.add(match.function());
            }
        }
        Skipped exact = call == null ? index.skippedNamed(query) : null;
        if (functions.isEmpty() || exact != null) {
            List<Skipped> skipped = exact != null ? List.of(exact) : index.skippedMatching(query, SHOWN);
            if (!skipped.isEmpty()) {
                printSkipped(out, skipped, args.flag("json"));
                if (functions.isEmpty()) {
                    return 0;
                }
                if (args.flag("json")) {
                    return 0;
                }
            }
        }
        if (functions.isEmpty()) {
            err.println("faustwire lib: nothing in the Faust libraries matches \"" + query + "\"");
            return 1;
        }
        int shown = args.flag("all") ? functions.size() : Math.min(SHOWN, functions.size());
        if (args.flag("json")) {
            printJson(out, call, functions.subList(0, shown), index.resolve(query).size() == 1 || call != null);
        } else {
            printText(out, call, functions.subList(0, shown));
            if (shown < functions.size()) {
                out.println("... and " + (functions.size() - shown) + " more (--all shows them)");
            }
        }
        return 0;
    }

    /** A query that is a call of one function with literal arguments, with its box arity. */
    private record Call(LibraryFunction function, String text, LibraryFunction.Application application, int inlets) {
    }

    private static Call call(StdlibIndex index, String query) {
        BoxText text;
        try {
            text = BoxTextParser.parse(query);
        } catch (BoxTextException e) {
            return null;
        }
        List<LibraryFunction> found = index.resolve(text.name());
        if (found.size() != 1 || text.args().isEmpty() || !text.attributes().isEmpty()) {
            return null;
        }
        List<String> constants = new ArrayList<>();
        int filled = 0;
        for (Token arg : text.args()) {
            if (!arg.isNumber() && !arg.isPlaceholder()) {
                return null;
            }
            constants.add(arg.isNumber() ? arg.text() : null);
            filled += arg.isNumber() ? 1 : 0;
        }
        LibraryFunction function = found.get(0);
        LibraryFunction.Application application = new OnDemandArity(FaustProbe.installed()).apply(function, constants);
        return new Call(function, query, application, application.known() ? application.slots() - filled : 0);
    }

    /**
     * Documented functions that cannot be a box (they take a function or a list): each with its
     * doc, why, and the code box that calls it.
     */
    private static void printSkipped(PrintStream out, List<Skipped> skipped, boolean json) {
        if (json) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Skipped s : skipped) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", s.name());
                entry.put("box", false);
                entry.put("reason", s.reason());
                entry.put("code", SkippedUse.codeExample(s));
                entry.put("params", s.params());
                entry.put("summary", s.summary());
                entry.put("usage", s.usage());
                entry.put("library", s.library());
                items.add(entry);
            }
            try {
                out.println(JSON.writeValueAsString(items.size() == 1 ? items.get(0) : items));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        for (Skipped s : skipped) {
            out.println(s.name() + "  not a box" + (s.params().isEmpty() ? "" : "  (" + String.join(", ", s.params()) + ")"));
            if (!s.summary().isEmpty()) {
                out.println("    " + s.summary().trim());
            }
            if (!s.usage().isEmpty()) {
                out.println("    usage: " + s.usage().trim());
            }
            for (String line : SkippedUse.advice(s).split("\n")) {
                out.println("    " + line);
            }
        }
    }

    private static void printText(PrintStream out, Call call, List<LibraryFunction> functions) {
        if (call != null) {
            out.println(call.application.known()
                    ? call.text + ": " + plural(call.inlets, "inlet") + ", " + plural(call.application.outlets(), "outlet")
                    : call.text + ": " + call.application.problem());
        }
        for (LibraryFunction f : functions) {
            out.println(f.name() + "  " + LibrarySearch.arityText(f.arity())
                    + (f.params().isEmpty() ? "" : "  (" + String.join(", ", f.params()) + ")"));
            if (!f.summary().isEmpty()) {
                out.println("    " + f.summary());
            }
        }
    }

    private static void printJson(PrintStream out, Call call, List<LibraryFunction> functions, boolean single) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (LibraryFunction f : functions) {
            items.add(entry(f, call));
        }
        try {
            out.println(JSON.writeValueAsString(single ? items.get(0) : items));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An entry as {@code --json} prints it: name, inputs, outputs, params, doc, and more. */
    private static Map<String, Object> entry(LibraryFunction f, Call call) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", f.name());
        Integer inputs = f.arity() instanceof Arity.Fixed fixed ? fixed.inputs() : null;
        Integer outputs = f.arity() instanceof Arity.Fixed fixed ? fixed.outputs() : null;
        if (call != null && call.function == f && call.application.known()) {
            inputs = call.inlets;
            outputs = call.application.outlets();
            entry.put("call", call.text);
        }
        entry.put("inputs", inputs);
        entry.put("outputs", outputs);
        entry.put("params", f.params());
        entry.put("doc", f.doc());
        entry.put("library", f.library());
        entry.put("arity", LibrarySearch.arityText(f.arity()));
        return entry;
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
