package dev.faustwire.stdlib;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Faust standard library as the installed compiler sees it: every documented function by its
 * qualified name, the documented names left out (with the reason), and look-up by name or alias.
 */
public final class StdlibIndex {
    private final String faustVersion;
    private final Map<String, LibraryFunction> functions;
    private final Map<String, List<LibraryFunction>> byShortName = new TreeMap<>();
    private final List<Skipped> skipped;
    private final Map<String, String> libraries;
    private final Search search;

    public StdlibIndex(String faustVersion, List<LibraryFunction> functions, List<Skipped> skipped) {
        this(faustVersion, functions, skipped, new TreeMap<>());
    }

    /** {@code libraries}: prefix to file of the libraries a program imports itself, not through stdfaust.lib. */
    public StdlibIndex(String faustVersion, List<LibraryFunction> functions, List<Skipped> skipped,
                       Map<String, String> libraries) {
        this.faustVersion = faustVersion;
        this.libraries = new TreeMap<>(libraries);
        TreeMap<String, LibraryFunction> byName = new TreeMap<>();
        for (LibraryFunction function : functions) {
            byName.put(function.name(), function);
        }
        // private and never handed out, so left modifiable: TeaVM's unmodifiable view looks keys up one by one
        this.functions = byName;
        for (LibraryFunction function : byName.values()) {
            // gen.phasor must not make "phasor" (os.phasor) ambiguous: a library outside stdfaust.lib is named in full
            if (!this.libraries.containsKey(function.prefix())) {
                byShortName.computeIfAbsent(function.shortName(), k -> new ArrayList<>()).add(function);
            }
        }
        List<Skipped> sortedSkipped = new ArrayList<>(skipped);
        sortedSkipped.sort((a, b) -> a.name().compareTo(b.name()));
        this.skipped = Collections.unmodifiableList(sortedSkipped);
        this.search = new Search(byName.values(), this.libraries);
    }

    /** The Faust version whose libraries and compiler made this index, such as {@code 2.54.9}. */
    public String faustVersion() {
        return faustVersion;
    }

    /** Every function, ordered by qualified name. */
    public List<LibraryFunction> functions() {
        return new ArrayList<>(functions.values());
    }

    public List<Skipped> skipped() {
        return skipped;
    }

    /** Prefix to file of the libraries not in stdfaust.lib, as {@code gen} to {@code gen.lib}, ordered by prefix. */
    public Map<String, String> libraries() {
        return Collections.unmodifiableMap(libraries);
    }

    /**
     * The line a program needs to reach a qualified name's prefix when stdfaust.lib does not bring
     * it, as {@code gen = library("gen.lib");} for {@code gen.wrap}; null when it does.
     */
    public String importFor(String qualifiedName) {
        int dot = qualifiedName.indexOf('.');
        String file = dot > 0 ? libraries.get(qualifiedName.substring(0, dot)) : null;
        return file == null ? null : qualifiedName.substring(0, dot) + " = library(\"" + file + "\");";
    }

    /**
     * This index and another read together (the Faust libraries and our gen.lib): their functions,
     * left-out names and libraries; a name both have keeps this index's entry.
     */
    public StdlibIndex with(StdlibIndex other) {
        List<LibraryFunction> all = new ArrayList<>(other.functions());
        all.addAll(functions());
        List<Skipped> allSkipped = new ArrayList<>(skipped);
        allSkipped.addAll(other.skipped);
        Map<String, String> allLibraries = new TreeMap<>(other.libraries);
        allLibraries.putAll(libraries);
        return new StdlibIndex(faustVersion, all, allSkipped, allLibraries);
    }

    /** The function of exactly that qualified name, or null. */
    public LibraryFunction lookup(String name) {
        return functions.get(name);
    }

    /**
     * What a box name means: the function of that qualified name, else every function of stdfaust.lib
     * whose name after the prefix is {@code name} ({@code lowpass} gives {@code fi.lowpass}; a
     * library outside it, as gen.lib, is only reached by its prefix); one entry means
     * the alias is clear, several that it is ambiguous, none that nothing matches.
     */
    public List<LibraryFunction> resolve(String name) {
        LibraryFunction exact = functions.get(name);
        if (exact != null) {
            return List.of(exact);
        }
        if (name.indexOf('.') >= 0) {
            return List.of();
        }
        List<LibraryFunction> aliases = byShortName.get(name);
        return aliases == null ? List.of() : Collections.unmodifiableList(aliases);
    }

    /** Functions matching a query, best first: exact name, alias, prefix, substring, then doc words. */
    public List<Search.Match> search(String query) {
        return search.run(query);
    }

    /**
     * The documented name left out of the index that a box name means: that qualified name, else
     * the only one of stdfaust.lib whose name after the prefix is {@code name}; null when none.
     */
    public Skipped skippedNamed(String name) {
        Skipped alias = null;
        int aliases = 0;
        for (Skipped s : skipped) {
            if (s.name().equals(name)) {
                return s;
            }
            if (name.indexOf('.') < 0 && s.shortName().equals(name) && !libraries.containsKey(s.prefix())) {
                alias = s;
                aliases++;
            }
        }
        return aliases == 1 ? alias : null;
    }

    /**
     * The documented names left out whose qualified name or name after the prefix begins with
     * {@code query} (case does not matter): exact names first, then by length and name; at most {@code limit}.
     */
    public List<Skipped> skippedMatching(String query, int limit) {
        String q = query.trim().toLowerCase(java.util.Locale.ROOT);
        List<Skipped> found = new ArrayList<>();
        if (q.isEmpty()) {
            return found;
        }
        for (Skipped s : skipped) {
            String name = s.name().toLowerCase(java.util.Locale.ROOT);
            String shortName = s.shortName().toLowerCase(java.util.Locale.ROOT);
            if (s.documented() && (name.startsWith(q) || shortName.startsWith(q))) {
                found.add(s);
            }
        }
        found.sort((a, b) -> {
            boolean exactA = a.name().equalsIgnoreCase(q) || a.shortName().equalsIgnoreCase(q);
            boolean exactB = b.name().equalsIgnoreCase(q) || b.shortName().equalsIgnoreCase(q);
            if (exactA != exactB) {
                return exactA ? -1 : 1;
            }
            int length = Integer.compare(a.name().length(), b.name().length());
            return length != 0 ? length : a.name().compareTo(b.name());
        });
        return found.size() > limit ? new ArrayList<>(found.subList(0, Math.max(0, limit))) : found;
    }
}
