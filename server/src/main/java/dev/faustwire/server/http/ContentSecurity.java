package dev.faustwire.server.http;

import io.javalin.Javalin;

/**
 * The Content-Security-Policy of every answer: scripts only from this server, plus what audition
 * needs, nothing else. faustwasm compiles wasm ({@code 'wasm-unsafe-eval'}) and loads its worklet
 * processor from a {@code blob:} URL (as the page's recorder does); styles may be inline because the
 * canvas markup carries style attributes; no plug-ins, no framing, no other origin.
 */
final class ContentSecurity {
    static final String HEADER = "Content-Security-Policy";
    static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'wasm-unsafe-eval' blob:",
            "worker-src 'self' blob:",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "media-src 'self' blob:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private ContentSecurity() {
    }

    /** Sets the policy on every answer, static files included, before its handler runs. */
    static void register(Javalin app) {
        app.before(ctx -> ctx.header(HEADER, POLICY));
    }
}
