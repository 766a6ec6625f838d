package dev.faustwire.server;

import dev.faustwire.server.compile.CompileService;
import io.javalin.Javalin;

/** {@code POST /api/render}: a patch or Faust text plus render settings in, a WAV file out. */
final class RenderRoutes {
    private RenderRoutes() {
    }

    static void register(Javalin app, CompileService service) {
    }
}
