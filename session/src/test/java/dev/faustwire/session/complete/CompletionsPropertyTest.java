package dev.faustwire.session.complete;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.stdlib.LibraryFunction;
import dev.faustwire.stdlib.Search;
import dev.faustwire.stdlib.StdlibIndex;
import dev.faustwire.stdlib.jvm.BundledIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Properties of every list, over every prefix of every box-kind name and of 200 library names,
 * alone and followed by arguments, and over random texts.
 */
class CompletionsPropertyTest {
    private static final int LIMIT = 12;
    private static final StdlibIndex STDLIB = BundledIndex.get();
    private static final Completions COMPLETIONS = new Completions(STDLIB);
    /** Typed text to its list, in the order the texts were made. */
    private static final Map<String, List<Suggestion>> LISTS = new LinkedHashMap<>();
    private static final List<String> LIBRARY_NAMES = new ArrayList<>();

    @BeforeAll
    static void suggestForEveryPrefix() {
        List<LibraryFunction> functions = STDLIB.functions();
        int step = functions.size() / 200;
        for (int i = 0; LIBRARY_NAMES.size() < 200; i += step) {
            LIBRARY_NAMES.add(functions.get(i).name());
        }
        List<String> names = new ArrayList<>();
        for (BoxKind kind : BoxKinds.all()) {
            names.add(kind.name());
        }
        names.addAll(LIBRARY_NAMES);
        for (String name : names) {
            for (int end = 1; end <= name.length(); end++) {
                String prefix = name.substring(0, end);
                LISTS.put(prefix, COMPLETIONS.suggest(prefix, LIMIT));
                LISTS.put(prefix + " 2 x", COMPLETIONS.suggest(prefix + " 2 x", LIMIT));
            }
        }
    }

    @Test
    void noNameTwiceAndNeverOverTheLimit() {
        assertTrue(LISTS.size() > 2000, "queries: " + LISTS.size());
        for (Map.Entry<String, List<Suggestion>> entry : LISTS.entrySet()) {
            List<String> names = CompletionsTest.names(entry.getValue());
            assertEquals(new TreeSet<>(names).size(), names.size(), entry.getKey() + " lists a name twice: " + names);
            assertTrue(names.size() <= LIMIT, entry.getKey());
            assertFalse(names.isEmpty(), entry.getKey() + " is a prefix of a name, so something matches");
        }
    }

    @Test
    void aWholeNameIsFirst() {
        for (BoxKind kind : BoxKinds.all()) {
            assertEquals(kind.name(), LISTS.get(kind.name()).get(0).name());
            assertEquals(kind.name(), LISTS.get(kind.name() + " 2 x").get(0).name());
        }
        for (String name : LIBRARY_NAMES) {
            assertEquals(name, LISTS.get(name).get(0).name());
        }
    }

    @Test
    void everyDocIsOneShortLine() {
        for (List<Suggestion> list : LISTS.values()) {
            for (Suggestion s : list) {
                assertTrue(s.doc().indexOf('\n') < 0 && s.doc().indexOf('\r') < 0, s.toString());
                assertTrue(s.doc().length() <= 100, s.toString());
                assertEquals(s.doc().trim(), s.doc(), s.toString());
                assertFalse(s.doc().contains("  "), s.toString());
            }
        }
    }

    @Test
    void theInsertIsTheNameThenWhatWasTypedAfterIt() {
        for (Map.Entry<String, List<Suggestion>> entry : LISTS.entrySet()) {
            boolean withArguments = entry.getKey().endsWith(" 2 x");
            for (Suggestion s : entry.getValue()) {
                String expected = withArguments ? s.name() + " 2 x" : s.name();
                assertTrue(s.insert().equals(expected) || !withArguments && s.insert().equals(s.name() + " "), s.toString());
                assertTrue(s.inlets() >= -1 && s.outlets() >= -1, s.toString());
                assertEquals(s.inlets() == -1, s.outlets() == -1, s.toString());
            }
        }
    }

    /**
     * Library functions keep the index's ranking; a kind of the exact name leads, and the kinds
     * the name begins come after the library's exact and alias matches and before the rest.
     */
    @Test
    void kindsSlotIntoTheLibraryRanking() {
        for (Map.Entry<String, List<Suggestion>> entry : LISTS.entrySet()) {
            String query = entry.getKey().endsWith(" 2 x") ? entry.getKey().substring(0, entry.getKey().length() - 4)
                    : entry.getKey();
            List<Suggestion> list = entry.getValue();
            List<Search.Match> matches = STDLIB.search(query);
            TreeSet<String> byName = new TreeSet<>();
            List<String> ranking = new ArrayList<>();
            for (Search.Match m : matches) {
                ranking.add(m.function().name());
                if (m.kind() == Search.Kind.EXACT || m.kind() == Search.Kind.ALIAS) {
                    byName.add(m.function().name());
                }
            }
            String lowered = query.toLowerCase(Locale.ROOT);
            List<String> library = new ArrayList<>();
            List<String> kinds = new ArrayList<>();
            boolean restOfLibrarySeen = false;
            for (int i = 0; i < list.size(); i++) {
                String name = list.get(i).name();
                BoxKind kind = BoxKinds.named(name);
                if (kind == null && STDLIB.lookup(name) == null) {
                    // a documented name that cannot be a box (rm.reduce): not in the ranking of functions
                    assertTrue(STDLIB.skippedNamed(name) != null, query + " lists " + name);
                    continue;
                }
                if (kind == null) {
                    library.add(name);
                    restOfLibrarySeen |= !byName.contains(name);
                    continue;
                }
                kinds.add(name);
                assertTrue(name.toLowerCase(Locale.ROOT).startsWith(lowered), query + " lists " + name);
                if (name.equals(lowered)) {
                    assertEquals(0, i, query + ": " + CompletionsTest.names(list));
                } else {
                    assertFalse(restOfLibrarySeen, query + ": kind " + name + " after the library's weaker matches");
                    assertTrue(library.containsAll(byName), query + ": " + CompletionsTest.names(list));
                }
            }
            assertEquals(ranking.subList(0, library.size()), library, query);
            if (list.size() < LIMIT) {
                assertEquals(ranking.size(), library.size(), query + ": a short list has the whole ranking");
                assertEquals(kindsBeginning(lowered), kinds.size(), query + ": a short list has every kind it begins");
            }
        }
    }

    private static int kindsBeginning(String prefix) {
        int n = 0;
        for (BoxKind kind : BoxKinds.all()) {
            n += kind.name().toLowerCase(Locale.ROOT).startsWith(prefix) ? 1 : 0;
        }
        return n;
    }

    @Test
    void randomTextsGiveWellFormedLists() {
        Random random = new Random(7);
        String alphabet = "abcdefghijklmnopqrstuvwxyz.0123456789 _@\"'~+-*/<>=!&|^%\t";
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String typed = text.toString();
            int limit = random.nextInt(8);
            List<Suggestion> list = assertDoesNotThrow(() -> COMPLETIONS.suggest(typed, limit), typed);
            assertTrue(list.size() <= limit, typed);
            List<String> names = CompletionsTest.names(list);
            assertEquals(new TreeSet<>(names).size(), names.size(), typed);
            if (typed.trim().isEmpty()) {
                assertEquals(List.of(), list, typed);
            }
            for (Suggestion s : list) {
                assertTrue(s.insert().startsWith(s.name()), typed + ": " + s);
                assertTrue(BoxKinds.named(s.name()) != null || STDLIB.lookup(s.name()) != null, typed + ": " + s);
            }
        }
    }
}
