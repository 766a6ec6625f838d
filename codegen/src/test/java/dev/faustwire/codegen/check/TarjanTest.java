package dev.faustwire.codegen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strongly connected components, including graphs deep enough to break a recursive search. */
class TarjanTest {

    private static List<List<Integer>> graph(int n, int[][] edges) {
        List<List<Integer>> successors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            successors.add(new ArrayList<>());
        }
        for (int[] e : edges) {
            successors.get(e[0]).add(e[1]);
        }
        return successors;
    }

    @Test
    void acyclicGraphHasNoCycles() {
        assertEquals(List.of(), Tarjan.cycles(graph(4, new int[][] {{0, 1}, {1, 2}, {0, 3}})));
    }

    @Test
    void findsEachCycleWithSortedMembers() {
        List<List<Integer>> cycles = Tarjan.cycles(graph(6, new int[][] {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 3}, {5, 5}}));
        assertEquals(3, cycles.size());
        assertEquals(true, cycles.contains(List.of(0, 1, 2)));
        assertEquals(true, cycles.contains(List.of(3, 4)));
        assertEquals(true, cycles.contains(List.of(5)));
    }

    @Test
    void everyNodeIsInExactlyOneComponent() {
        List<List<Integer>> components = Tarjan.components(graph(5, new int[][] {{0, 1}, {1, 0}, {1, 2}, {3, 4}}));
        List<Integer> all = new ArrayList<>();
        components.forEach(all::addAll);
        all.sort(null);
        assertEquals(List.of(0, 1, 2, 3, 4), all);
    }

    @Test
    void aChainOfOneHundredThousandNodesDoesNotOverflowTheStack() {
        int n = 100_000;
        List<List<Integer>> successors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            successors.add(new ArrayList<>(i + 1 < n ? List.of(i + 1) : List.of(0)));
        }
        List<List<Integer>> cycles = Tarjan.cycles(successors);
        assertEquals(1, cycles.size());
        assertEquals(n, cycles.get(0).size());
    }
}
