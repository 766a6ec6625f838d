package dev.faustwire.codegen.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.Collections;

/**
 * Strongly connected components of a directed graph, iteratively (no deep recursion in the
 * browser). Nodes are 0..n-1; components come out in reverse topological order.
 */
final class Tarjan {
    private Tarjan() {
    }

    static List<List<Integer>> components(List<List<Integer>> successors) {
        int n = successors.size();
        int[] index = new int[n];
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        List<Integer> stack = new ArrayList<>();
        List<List<Integer>> result = new ArrayList<>();
        int counter = 0;
        int[] frameNode = new int[n];
        int[] frameEdge = new int[n];
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            frameNode[0] = root;
            frameEdge[0] = 0;
            index[root] = low[root] = counter++;
            stack.add(root);
            onStack[root] = true;
            while (depth >= 0) {
                int v = frameNode[depth];
                List<Integer> next = successors.get(v);
                if (frameEdge[depth] < next.size()) {
                    int w = next.get(frameEdge[depth]++);
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack.add(w);
                        onStack[w] = true;
                        depth++;
                        frameNode[depth] = w;
                        frameEdge[depth] = 0;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                if (low[v] == index[v] && stack.get(stack.size() - 1) == v) {
                    stack.remove(stack.size() - 1);
                    onStack[v] = false;
                    result.add(Collections.singletonList(v));
                } else if (low[v] == index[v]) {
                    List<Integer> component = new ArrayList<>();
                    int w;
                    do {
                        w = stack.remove(stack.size() - 1);
                        onStack[w] = false;
                        component.add(w);
                    } while (w != v);
                    Collections.sort(component);
                    result.add(component);
                }
                depth--;
                if (depth >= 0) {
                    int parent = frameNode[depth];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        return result;
    }

    /** The components that are cycles: more than one node, or one node with an edge to itself. */
    static List<List<Integer>> cycles(List<List<Integer>> successors) {
        List<List<Integer>> cycles = new ArrayList<>();
        for (List<Integer> component : components(successors)) {
            int only = component.get(0);
            if (component.size() > 1 || successors.get(only).contains(only)) {
                cycles.add(component);
            }
        }
        return cycles;
    }
}
