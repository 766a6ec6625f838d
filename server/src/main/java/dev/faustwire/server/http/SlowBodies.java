package dev.faustwire.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
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
import org.eclipse.jetty.http.BadMessageException;

/**
 * A request body must arrive at an average of at least {@code minBytesPerSecond} after a grace period: a body of
 * n bytes read after t seconds is cut short with a 408 when t is more than the grace plus n / rate. So a client
 * that sends one byte a second frees its request thread within a few seconds, while a small body that waits a
 * moment for the thread to be scheduled is never refused (Jetty's own minimum data rate counts from the first
 * byte with no grace, and refuses a two-byte body whose last read comes a millisecond late).
 */
final class SlowBodies implements Filter {
    private final long minBytesPerSecond;
    private final long graceNanos;

    SlowBodies(long minBytesPerSecond, long graceMillis) {
        this.minBytesPerSecond = minBytesPerSecond;
        this.graceNanos = graceMillis * 1_000_000L;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (minBytesPerSecond > 0 && request instanceof HttpServletRequest http && http.getContentLengthLong() != 0) {
            chain.doFilter(new Paced(http, System.nanoTime()), response);
        } else {
            chain.doFilter(request, response);
        }
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
                input = new PacedInput(super.getInputStream(), start);
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

    /** The body, checked against the pace after every read that returns bytes. */
    private final class PacedInput extends ServletInputStream {
        private final ServletInputStream in;
        private final long start;
        private long read;

        PacedInput(ServletInputStream in, long start) {
            this.in = in;
            this.start = start;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                paced(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                paced(n);
            }
            return n;
        }

        private void paced(int n) {
            read += n;
            long allowed = graceNanos + read * 1_000_000_000L / minBytesPerSecond;
            if (System.nanoTime() - start > allowed) {
                throw new BadMessageException(408, "the request body arrives slower than " + minBytesPerSecond
                        + " bytes a second");
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
