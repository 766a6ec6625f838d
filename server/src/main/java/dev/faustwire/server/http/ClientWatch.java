package dev.faustwire.server.http;

import dev.faustwire.server.compile.WorkCancelledException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;

/**
 * Watches the requests that wait for heavy work: one thread looks every {@value #TICK_MILLIS} ms and
 * interrupts a request's thread when its deadline has passed or its client has gone (its connection
 * closed, or half-closed as the kernel sees it: {@link ClosedConnections}). The interrupted waits
 * cancel their jobs on the pools; the request answers 503 (which a gone client never reads).
 */
final class ClientWatch implements AutoCloseable {
    static final long TICK_MILLIS = 100;

    /** Why a request was stopped. */
    enum Stop {
        DEADLINE, CLIENT_GONE
    }

    /** One request being watched. */
    private static final class Watched {
        final Thread thread = Thread.currentThread();
        final long deadline;
        final Duration limit;
        final EndPoint endPoint;
        final String connection;
        Stop stopped;
        boolean done;

        Watched(Context ctx, Duration limit) {
            this.limit = limit;
            this.deadline = System.nanoTime() + limit.toNanos();
            Request base = Request.getBaseRequest(ctx.req());
            this.endPoint = base == null || base.getHttpChannel() == null ? null : base.getHttpChannel().getEndPoint();
            this.connection = ClosedConnections.key(ctx.req().getLocalPort(), ctx.req().getRemotePort());
        }

        synchronized void stop(Stop why) {
            if (!done && stopped == null) {
                stopped = why;
                thread.interrupt();
            }
        }

        synchronized Stop finish() {
            done = true;
            Thread.interrupted(); // an interrupt meant for this request must not reach Jetty's next use of the thread
            return stopped;
        }
    }

    private final Set<Watched> watched = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(job -> {
        Thread thread = new Thread(job, "faustwire-client-watch");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger clientsGone = new AtomicInteger();

    ClientWatch() {
        ticker.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** How many requests were stopped because their client had gone. */
    int clientsGone() {
        return clientsGone.get();
    }

    /**
     * Runs {@code work} on this request's thread, interrupted at {@code limit} or when the client goes;
     * a stopped request ends with a 503 whose detail says why.
     */
    <T> T during(Context ctx, Duration limit, Callable<T> work) throws Exception {
        Watched request = new Watched(ctx, limit);
        watched.add(request);
        try {
            return work.call();
        } catch (WorkCancelledException | InterruptedException e) {
            Stop stopped = request.finish();
            throw new HttpResponseException(503, stopped == Stop.DEADLINE
                    ? "the request took longer than " + limit.toSeconds() + " s and was stopped"
                    : stopped == Stop.CLIENT_GONE ? "the client went away; its work was cancelled" : e.getMessage());
        } finally {
            watched.remove(request);
            if (request.finish() == Stop.CLIENT_GONE) {
                clientsGone.incrementAndGet();
            }
        }
    }

    private void tick() {
        try {
            if (watched.isEmpty()) {
                return;
            }
            Set<String> closed = ClosedConnections.now();
            long now = System.nanoTime();
            for (Watched request : watched) {
                if (now - request.deadline > 0) {
                    request.stop(Stop.DEADLINE);
                } else if ((request.endPoint != null && !request.endPoint.isOpen()) || closed.contains(request.connection)) {
                    request.stop(Stop.CLIENT_GONE);
                }
            }
        } catch (RuntimeException e) {
            // The next tick tries again; a watch must never die of one bad look.
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
