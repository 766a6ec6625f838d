package dev.faustwire.server.osc;

import dev.faustwire.server.live.LiveAccess;
import dev.faustwire.server.live.LiveHub;
import dev.faustwire.server.live.LiveSlot;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Faust's HTTP scheme (libHTTPDFaust's) over the live hub, for clients written against Faust's httpd:
 * {@code GET /JSON} (the first slot's UI), {@code GET /main/freq} (its value), {@code GET /main/freq?value=880}
 * (sets it); {@code /live/N/JSON} and {@code /live/N/main/freq} reach slot N. Answers only control and group
 * addresses of a running slot (never a file), never shadows the server's own paths, and wants the token
 * ({@code ?token=} or {@code X-Faustwire-Token}) when one is required.
 */
public final class FaustHttpScheme {
    static final String TOKEN_HEADER = "X-Faustwire-Token";
    /** First path parts that are the server's own: the scheme never answers there. */
    private static final Set<String> RESERVED = Set.of("api", "remote", "live", "JSON", "stdlib-index.json");
    private static final Logger LOG = LoggerFactory.getLogger(FaustHttpScheme.class);

    private final LiveHub hub;
    private final LiveAccess access;

    private FaustHttpScheme(LiveHub hub, LiveAccess access) {
        this.hub = hub;
        this.access = access;
    }

    public static void register(Javalin app, LiveHub hub, LiveAccess access) {
        FaustHttpScheme scheme = new FaustHttpScheme(hub, access);
        app.get("/JSON", ctx -> scheme.json(ctx, scheme.first()));
        app.get("/live/{n}/JSON", ctx -> scheme.json(ctx, scheme.numbered(ctx)));
        app.get("/live/{n}/<address>", ctx -> scheme.value(ctx, scheme.numbered(ctx), "/" + ctx.pathParam("address")));
        app.before(scheme::firstSlotAddress);
    }

    private Optional<LiveSlot> first() {
        List<LiveSlot> slots = hub.slots();
        return slots.isEmpty() ? Optional.empty() : Optional.of(slots.get(0));
    }

    private Optional<LiveSlot> numbered(Context ctx) {
        String n = ctx.pathParam("n");
        if (n.isEmpty() || n.length() > 9 || !n.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return hub.slot(Integer.parseInt(n));
    }

    /** {@code GET /main/freq} on the server's root: answered here only when it is an address of the first slot. */
    private void firstSlotAddress(Context ctx) {
        if (ctx.method() != HandlerType.GET) {
            return;
        }
        String path = ctx.path();
        int second = path.indexOf('/', 1);
        String firstPart = second < 0 ? path.substring(1) : path.substring(1, second);
        if (firstPart.isEmpty() || RESERVED.contains(firstPart)) {
            return;
        }
        Optional<LiveSlot> slot = first();
        if (slot.isEmpty() || HttpdAnswers.valueLines(slot.get(), path).isEmpty()
                || FaustHttpScheme.class.getResource("/web/" + firstPart) != null) {
            return;
        }
        value(ctx, slot, path);
        ctx.skipRemainingHandlers();
    }

    private boolean allowed(Context ctx) {
        String presented = ctx.queryParam("token");
        if (access.accepts(presented != null ? presented : ctx.header(TOKEN_HEADER))) {
            return true;
        }
        LOG.warn("Faust HTTP scheme: refused {} from {} without the token", OscAddressSpace.printable(ctx.path()),
                ctx.req().getRemoteAddr());
        ctx.status(403).contentType("text/plain").result("the token is missing or wrong\n");
        return false;
    }

    private void json(Context ctx, Optional<LiveSlot> slot) {
        if (!allowed(ctx)) {
            return;
        }
        if (slot.isEmpty()) {
            ctx.status(404).contentType("text/plain").result("no patch plays\n");
            return;
        }
        String host = ctx.req().getLocalAddr();
        ctx.contentType("application/json").result(HttpdAnswers.json(slot.get(), host, ctx.port()));
    }

    private void value(Context ctx, Optional<LiveSlot> slot, String address) {
        if (!allowed(ctx)) {
            return;
        }
        String lines = slot.map(s -> HttpdAnswers.valueLines(s, address)).orElse("");
        if (lines.isEmpty()) {
            ctx.status(404).contentType("text/plain").result("");
            return;
        }
        String value = ctx.queryParam("value");
        if (value != null) {
            double v;
            try {
                v = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                ctx.status(400).contentType("text/plain").result("value is not a number\n");
                return;
            }
            if (hub.set(slot.get().number(), address, v, this).isEmpty()) {
                ctx.status(400).contentType("text/plain").result("not a value this control takes\n");
                return;
            }
            lines = HttpdAnswers.valueLines(hub.slot(slot.get().number()).orElse(slot.get()), address);
        }
        ctx.contentType("text/plain").result(lines);
    }
}
