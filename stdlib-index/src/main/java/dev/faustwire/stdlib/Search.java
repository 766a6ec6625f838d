package dev.faustwire.stdlib;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Ranked search over the index. A function matches at its best kind: its qualified name, its name
 * after the prefix (the alias; for gen.lib's, reached by prefix only, it ranks as a prefix), a prefix of either, a substring of the qualified name, or, for
 * each word of the query, a word of its doc starting with it. Ties go to the shorter, then the
 * alphabetically first name. Case does not matter.
 */
public final class Search {

    /** How a function matched, best first. */
    public enum Kind { EXACT, ALIAS, PREFIX, SUBSTRING, DOC }

    /** A function and how it matched. */
    public record Match(LibraryFunction function, Kind kind) {
    }

    /** A function with what search compares, lowered once. */
    private record Entry(LibraryFunction function, String name, String shortName, TreeSet<String> words,
                         TreeSet<String> summaryWords, boolean aliased) {
    }

    private final List<Entry> entries = new ArrayList<>();

    Search(Collection<LibraryFunction> functions) {
        this(functions, new TreeMap<>());
    }

    /** {@code unaliased}: the prefixes of libraries outside stdfaust.lib, whose names are no aliases (gen). */
    Search(Collection<LibraryFunction> functions, Map<String, String> unaliased) {
        for (LibraryFunction function : functions) {
            TreeSet<String> summaryWords = words(function.summary());
            TreeSet<String> words = words(function.name() + " " + function.summary() + " " + function.usage());
            words.addAll(words(String.join(" ", function.params())));
            entries.add(new Entry(function, lower(function.name()), lower(function.shortName()), words, summaryWords,
                    !unaliased.containsKey(function.prefix())));
        }
    }

    /** A function that matched: how, and for a doc match how many query words its summary has. */
    private record Scored(Entry entry, Kind kind, int inSummary) {
    }

    List<Match> run(String query) {
        String q = lower(query.trim());
        List<Match> result = new ArrayList<>();
        if (q.isEmpty()) {
            return result;
        }
        List<String> queryWords = new ArrayList<>(words(q));
        List<Scored> scored = new ArrayList<>();
        for (Entry entry : entries) {
            Kind kind = kind(entry, q, queryWords);
            if (kind != null) {
                scored.add(new Scored(entry, kind, kind == Kind.DOC ? count(entry.summaryWords, queryWords) : 0));
            }
        }
        scored.sort((a, b) -> {
            int kind = a.kind.compareTo(b.kind);
            if (kind != 0) {
                return kind;
            }
            int inSummary = Integer.compare(b.inSummary, a.inSummary);
            if (inSummary != 0) {
                return inSummary;
            }
            int length = Integer.compare(a.entry.name.length(), b.entry.name.length());
            return length != 0 ? length : a.entry.function.name().compareTo(b.entry.function.name());
        });
        for (Scored s : scored) {
            result.add(new Match(s.entry.function, s.kind));
        }
        return result;
    }

    /** How an entry matches the lowered query, or null when it does not. */
    private static Kind kind(Entry entry, String q, List<String> queryWords) {
        if (entry.name.equals(q)) {
            return Kind.EXACT;
        }
        if (entry.shortName.equals(q)) {
            return entry.aliased ? Kind.ALIAS : Kind.PREFIX;
        }
        if (entry.name.startsWith(q) || entry.shortName.startsWith(q)) {
            return Kind.PREFIX;
        }
        if (entry.name.contains(q)) {
            return Kind.SUBSTRING;
        }
        boolean allWords = !queryWords.isEmpty() && count(entry.words, queryWords) == queryWords.size();
        return allWords ? Kind.DOC : null;
    }

    private static int count(TreeSet<String> words, List<String> prefixes) {
        int n = 0;
        for (String prefix : prefixes) {
            if (hasWordStarting(words, prefix)) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasWordStarting(TreeSet<String> words, String prefix) {
        String next = words.ceiling(prefix);
        return next != null && next.startsWith(prefix);
    }

    /** The lower-case words of a text: runs of letters and digits. */
    static TreeSet<String> words(String text) {
        TreeSet<String> words = new TreeSet<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        return words;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
