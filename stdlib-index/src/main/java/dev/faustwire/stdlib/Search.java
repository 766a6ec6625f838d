package dev.faustwire.stdlib;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Ranked search over the index. A function matches at its best kind: its qualified name, its name
 * after the prefix (the alias), a prefix of either, a substring of the qualified name, or, for
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
                         TreeSet<String> summaryWords) {
    }

    private final List<Entry> entries = new ArrayList<>();

    Search(Collection<LibraryFunction> functions) {
        for (LibraryFunction function : functions) {
            TreeSet<String> summaryWords = words(function.summary());
            TreeSet<String> words = words(function.name() + " " + function.summary() + " " + function.usage());
            words.addAll(words(String.join(" ", function.params())));
            entries.add(new Entry(function, lower(function.name()), lower(function.shortName()), words, summaryWords));
        }
    }

    List<Match> run(String query) {
        String q = lower(query.trim());
        List<Match> result = new ArrayList<>();
        if (q.isEmpty()) {
            return result;
        }
        List<String> queryWords = new ArrayList<>(words(q));
        List<Entry> byDoc = new ArrayList<>();
        List<List<Entry>> tiers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tiers.add(new ArrayList<>());
        }
        for (Entry entry : entries) {
            if (entry.name.equals(q)) {
                tiers.get(0).add(entry);
            } else if (entry.shortName.equals(q)) {
                tiers.get(1).add(entry);
            } else if (entry.name.startsWith(q) || entry.shortName.startsWith(q)) {
                tiers.get(2).add(entry);
            } else if (entry.name.contains(q)) {
                tiers.get(3).add(entry);
            } else if (!queryWords.isEmpty() && hasAll(entry.words, queryWords)) {
                byDoc.add(entry);
            }
        }
        Kind[] kinds = Kind.values();
        for (int i = 0; i < tiers.size(); i++) {
            List<Entry> tier = tiers.get(i);
            tier.sort(Search::byLengthThenName);
            for (Entry entry : tier) {
                result.add(new Match(entry.function, kinds[i]));
            }
        }
        byDoc.sort((a, b) -> {
            int inSummary = Integer.compare(count(b.summaryWords, queryWords), count(a.summaryWords, queryWords));
            return inSummary != 0 ? inSummary : byLengthThenName(a, b);
        });
        for (Entry entry : byDoc) {
            result.add(new Match(entry.function, Kind.DOC));
        }
        return result;
    }

    private static int byLengthThenName(Entry a, Entry b) {
        int length = Integer.compare(a.name.length(), b.name.length());
        return length != 0 ? length : a.function.name().compareTo(b.function.name());
    }

    private static boolean hasAll(TreeSet<String> words, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (!hasWordStarting(words, prefix)) {
                return false;
            }
        }
        return true;
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
