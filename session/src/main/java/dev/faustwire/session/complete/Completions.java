package dev.faustwire.session.complete;

import dev.faustwire.codegen.BoxPorts;
import dev.faustwire.core.model.Box;
import dev.faustwire.stdlib.Arity;
import dev.faustwire.stdlib.LibraryFunction;
import dev.faustwire.stdlib.Search;
import dev.faustwire.stdlib.Skipped;
import dev.faustwire.stdlib.SkippedUse;
import dev.faustwire.stdlib.StdlibIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The completion list of the box text field, for the name being typed (its first word). Order: a
 * box kind of exactly that name, library functions of that name or alias, box kinds it begins,
 * then the rest of the library's own ranking; each name once, a function by its qualified name.
 */
public final class Completions {
    private final StdlibIndex stdlib;
    /** The box kinds, shortest name first, then alphabetically: the order of prefix matches. */
    private final List<BoxKind> kindsByLength;

    public Completions(StdlibIndex stdlib) {
        this.stdlib = stdlib;
        this.kindsByLength = new ArrayList<>(BoxKinds.all());
        kindsByLength.sort((a, b) -> {
            int length = Integer.compare(a.name().length(), b.name().length());
            return length != 0 ? length : a.name().compareTo(b.name());
        });
    }

    /** A kind, a library function, or a documented name that cannot be a box, whichever matched. */
    private record Pick(BoxKind kind, LibraryFunction function, Skipped skipped) {
        Pick(BoxKind kind, LibraryFunction function) {
            this(kind, function, null);
        }

        String name() {
            return kind != null ? kind.name() : function != null ? function.name() : skipped.name();
        }
    }

    /** At most {@code limit} suggestions for the text typed so far; none when no name is typed yet. */
    public List<Suggestion> suggest(String typed, int limit) {
        int start = 0;
        while (start < typed.length() && Character.isWhitespace(typed.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < typed.length() && !Character.isWhitespace(typed.charAt(end))) {
            end++;
        }
        String query = typed.substring(start, end);
        List<Suggestion> result = new ArrayList<>();
        if (query.isEmpty() || limit <= 0) {
            return result;
        }
        String rest = typed.substring(end);
        for (Pick pick : picks(query, limit)) {
            result.add(pick.kind != null ? ofKind(pick.kind, rest)
                    : pick.function != null ? ofFunction(pick.function, rest) : ofSkipped(pick.skipped, rest));
        }
        return result;
    }

    /** The matches in the order of the list, each name once, at most {@code limit}. */
    private List<Pick> picks(String query, int limit) {
        String lowered = query.toLowerCase(Locale.ROOT);
        List<Pick> picks = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        BoxKind exact = BoxKinds.named(query); // SR before sr when SR is typed
        if (exact == null) {
            exact = BoxKinds.named(lowered);
        }
        if (exact != null) {
            add(picks, seen, new Pick(exact, null), limit);
        }
        List<Search.Match> matches = stdlib.search(query);
        for (Search.Match match : matches) {
            if (isByName(match)) {
                add(picks, seen, new Pick(null, match.function()), limit);
            }
        }
        Skipped named = stdlib.skippedNamed(query);
        if (named != null && named.documented()) {
            add(picks, seen, new Pick(null, null, named), limit);
        }
        for (BoxKind kind : kindsByLength) {
            if (kind.name().toLowerCase(Locale.ROOT).startsWith(lowered)) {
                add(picks, seen, new Pick(kind, null), limit);
            }
        }
        for (Search.Match match : matches) {
            if (picks.size() >= limit) {
                break;
            }
            if (!isByName(match)) {
                add(picks, seen, new Pick(null, match.function()), limit);
            }
        }
        for (Skipped s : stdlib.skippedMatching(query, limit)) {
            add(picks, seen, new Pick(null, null, s), limit);
        }
        return picks;
    }

    private static boolean isByName(Search.Match match) {
        return match.kind() == Search.Kind.EXACT || match.kind() == Search.Kind.ALIAS;
    }

    private static void add(List<Pick> picks, TreeSet<String> seen, Pick pick, int limit) {
        if (picks.size() < limit && seen.add(pick.name())) {
            picks.add(pick);
        }
    }

    /** A kind's ports are those of its box with the arguments typed so far. */
    private Suggestion ofKind(BoxKind kind, String rest) {
        BoxPorts.Count ports = ports(kind.name() + rest);
        return new Suggestion(kind.name(), kind.doc(), ports.inlets(), ports.outlets(),
                insert(kind.name(), kind.takesArguments(), rest));
    }

    /** A function's ports are those of its name alone; -1 when they depend on its arguments. */
    private Suggestion ofFunction(LibraryFunction function, String rest) {
        BoxPorts.Count ports = ports(function.name());
        String doc = OneLine.of(function.summary().trim().isEmpty() ? function.usage() : function.summary());
        boolean takesArguments = !function.params().isEmpty() || !(function.arity() instanceof Arity.Fixed);
        return new Suggestion(function.name(), doc, ports.inlets(), ports.outlets(),
                insert(function.name(), takesArguments, rest));
    }

    /**
     * A documented function that cannot be a box: the row says so and gives the code box that
     * calls it (then why, as far as the line goes); chosen, the box shows the same as its problem.
     */
    private static Suggestion ofSkipped(Skipped skipped, String rest) {
        String doc = OneLine.of("not a box; in a code box: " + SkippedUse.codeExample(skipped) + " (it "
                + skipped.reason() + ")");
        return new Suggestion(skipped.name(), doc, -1, -1, insert(skipped.name(), false, rest));
    }

    private BoxPorts.Count ports(String text) {
        BoxPorts.Count count = BoxPorts.of(new Box("box-1", text, null), stdlib);
        return count.known() ? count : new BoxPorts.Count(-1, -1, false);
    }

    /** The name and what was typed after the name, or, when nothing was, a space if arguments usually follow. */
    private static String insert(String name, boolean takesArguments, String rest) {
        if (!rest.isEmpty()) {
            return name + rest;
        }
        return takesArguments ? name + " " : name;
    }
}
