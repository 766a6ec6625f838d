package dev.faustwire.server.http;

import dev.faustwire.stdlib.Arity;
import dev.faustwire.stdlib.LibraryFunction;
import dev.faustwire.stdlib.Search;
import dev.faustwire.stdlib.StdlibIndex;
import io.javalin.http.BadRequestResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/lib?q=QUERY}: the best matches of a library search, for autocomplete. */
public final class LibrarySearch {
    static final int MOST = 50;

    private LibrarySearch() {
    }

    static Map<String, Object> answer(StdlibIndex index, String query) {
        if (query == null || query.isBlank()) {
            throw new BadRequestResponse("give the search text as ?q=...");
        }
        List<Search.Match> matches = index.search(query);
        List<Map<String, Object>> items = new ArrayList<>();
        for (Search.Match match : matches.subList(0, Math.min(MOST, matches.size()))) {
            items.add(item(match));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("total", matches.size());
        body.put("matches", items);
        return body;
    }

    private static Map<String, Object> item(Search.Match match) {
        LibraryFunction f = match.function();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("name", f.name());
        item.put("match", match.kind().name().toLowerCase());
        item.put("arity", arityText(f.arity()));
        item.put("params", f.params());
        item.put("summary", f.summary());
        item.put("usage", f.usage());
        return item;
    }

    /** The arity as a person reads it: {@code 1 in, 1 out} or {@code in a0, out a0 (1 constant)}. */
    public static String arityText(Arity arity) {
        if (arity instanceof Arity.Fixed fixed) {
            return fixed.inputs() + " in, " + fixed.outputs() + " out";
        }
        if (arity instanceof Arity.Rule rule) {
            return "in " + rule.inputs() + ", out " + rule.outputs() + " for constants " + constants(rule.constants());
        }
        return "depends on constants " + constants(((Arity.OnDemand) arity).constants());
    }

    private static String constants(int k) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < k; i++) {
            text.append(i == 0 ? "" : ", ").append('a').append(i);
        }
        return text.toString();
    }
}
