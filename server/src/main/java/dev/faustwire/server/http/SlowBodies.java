package dev.faustwire.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.server.Request;

/**
 * A request body must arrive at an average of at least {@code minBytesPerSecond} after a grace period: once a
 * request thread has waited for the client, with n bytes of the body read t seconds after the request arrived,
 * the request is cut short with a 408 if t is more than the grace plus n / rate. It is judged when a read that
 * waited returns, and by a watchdog while a read still waits, so a client that sends a byte a second, or a byte
 * and then nothing, frees its thread within about a second. A body that was already there when its thread came
 * is never refused for the time it waited in the queue, and no read is judged that did not wait (Jetty's own
 * minimum data rate counts from the first byte with no grace, and refuses a small body whose last read comes a
 * millisecond late).
 */
final class SlowBodies implements Filter {
    /** A read that took this long waited for the client (bytes already there come back in microseconds). */
    private static final long WAITED_NANOS = 50_000_000L;

    /** How often the watchdog looks at the bodies being read. */
    private static final long TICK_MILLIS = 100;

    private final long minBytesPerSecond;
    private final long graceMillis;
    /** The bodies being read now, which the watchdog checks while their thread waits for the client. */
    private final Set<PacedInput> reading = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService watchdog;

    SlowBodies(long minBytesPerSecond, long graceMillis) {
        this.minBytesPerSecond = minBytesPerSecond;
        this.graceMillis = graceMillis;
    }

    @Override
    public void init(FilterConfig config) {
        if (minBytesPerSecond > 0) {
            watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "slow-bodies-watchdog");
                thread.setDaemon(true);
                return thread;
            });
            watchdog.scheduleWithFixedDelay(this::cutWaitingBodies, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void destroy() {
        if (watchdog != null) {
            watchdog.shutdownNow();
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (minBytesPerSecond > 0 && request instanceof HttpServletRequest http && http.getContentLengthLong() != 0) {
            Paced paced = new Paced(http, arrival(http));
            try {
                chain.doFilter(paced, response);
            } finally {
                if (paced.input != null) {
                    reading.remove(paced.input);
                }
            }
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * Aborts each request whose thread has waited for its body's next bytes past the pace (a client that sends a
     * byte and then nothing would otherwise hold the thread until the blocking timeout); the read fails at once.
     */
    private void cutWaitingBodies() {
        long now = System.currentTimeMillis();
        for (PacedInput input : reading) {
            if (input.waitingSince > 0 && now - input.waitingSince >= WAITED_NANOS / 1_000_000 && input.behind(now)) {
                reading.remove(input);
                try {
                    input.abort();
                } catch (RuntimeException e) {
                    // the request ended meanwhile; the watchdog goes on with the others
                }
            }
        }
    }

    /** When Jetty received the request, in epoch milliseconds; now if it does not say. */
    private static long arrival(HttpServletRequest request) {
        Request base = Request.getBaseRequest(request);
        long stamp = base == null ? 0 : base.getTimeStamp();
        return stamp > 0 ? stamp : System.currentTimeMillis();
    }

    /** The request with its body read through a {@link PacedInput}. */
    private final class Paced extends HttpServletRequestWrapper {
        private final long start;
        private PacedInput input;

        Paced(HttpServletRequest request, long start) {
            super(request);
            this.start = start;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (input == null) {
                input = new PacedInput(super.getInputStream(), start, Request.getBaseRequest(getRequest()));
                reading.add(input);
            }
            return input;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    /** The body, checked against the pace after every read that had to wait for bytes. */
    private final class PacedInput extends ServletInputStream {
        private final ServletInputStream in;
        private final long start;
        private final Request base;
        private volatile long read;
        /** When the current read began, in epoch milliseconds; 0 when no read is under way. */
        private volatile long waitingSince;
        /** Set when the watchdog failed the body. */
        private volatile boolean cut;

        PacedInput(ServletInputStream in, long start, Request base) {
            this.in = in;
            this.start = start;
            this.base = base;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            long before = System.nanoTime();
            waitingSince = System.currentTimeMillis();
            int n;
            try {
                n = in.read(buffer, offset, length);
            } catch (IOException e) {
                if (cut) {
                    throw tooSlow();
                }
                throw e;
            } finally {
                waitingSince = 0;
            }
            if (n > 0) {
                paced(n, System.nanoTime() - before >= WAITED_NANOS);
            }
            return n;
        }

        /** True when the body has fallen behind the pace by the given time. */
        boolean behind(long now) {
            return now - start > graceMillis + read * 1000L / minBytesPerSecond;
        }

        /**
         * Ends the wait at once: the connection's idle timeout, which bounds a blocking read, is set to expire now,
         * so the thread waiting in {@link #read} wakes through Jetty's own timeout path and answers a 408.
         */
        void abort() {
            cut = true;
            if (base != null) {
                base.getHttpChannel().setIdleTimeout(1);
            }
        }

        private BadMessageException tooSlow() {
            return new BadMessageException(408, "the request body arrives slower than " + minBytesPerSecond
                    + " bytes a second");
        }

        private void paced(int n, boolean waited) {
            read += n;
            if (waited && behind(System.currentTimeMillis())) {
                throw tooSlow();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
