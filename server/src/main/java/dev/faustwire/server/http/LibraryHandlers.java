package dev.faustwire.server.http;

import dev.faustwire.stdlib.jvm.BundledIndex;
import io.javalin.http.Context;

/** {@code GET /stdlib-index.json} (the whole index, for the editor) and {@code GET /api/lib?q=} (a search). */
final class LibraryHandlers {
    private LibraryHandlers() {
    }

    static void index(Context ctx, String stdlibIndex) {
        ctx.contentType("application/json; charset=utf-8").result(stdlibIndex);
    }

    static void search(Context ctx) {
        ctx.json(LibrarySearch.answer(BundledIndex.get(), ctx.queryParam("q")));
    }
}
