package dev.faustwire.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * A WebSocket to one of the server's live sockets that comes back by itself: when it closes while
 * wanted, it opens again after a wait that doubles from half a second up to ten seconds.
 */
final class RemoteWire {
    private static final int FIRST_WAIT_MS = 500;
    private static final int LONGEST_WAIT_MS = 10_000;

    /** What happens on the wire. */
    interface Events {
        void opened();

        void message(String text);

        /** It closed (or could not open); {@code everOpened} is false until it opened once. */
        void closed(boolean everOpened);
    }

    private final String path;
    private final Events events;
    private JSObject socket;
    private boolean open;
    private boolean everOpened;
    private boolean wanted;
    private int wait = FIRST_WAIT_MS;

    /** A wire to a path of this server ({@code /api/live/host?token=...}); it opens on {@link #connect()}. */
    RemoteWire(String path, Events events) {
        this.path = path;
        this.events = events;
    }

    void connect() {
        wanted = true;
        if (socket == null) {
            socket = open(path, () -> {
                open = true;
                everOpened = true;
                wait = FIRST_WAIT_MS;
                events.opened();
            }, events::message, this::lost);
        }
    }

    boolean isOpen() {
        return open;
    }

    /** Sends a message when open; false when it was not sent. */
    boolean send(String text) {
        return open && socket != null && send(socket, text);
    }

    /** Closes it for good (until the next {@link #connect()}). */
    void close() {
        wanted = false;
        if (socket != null) {
            close(socket);
            socket = null;
            open = false;
        }
    }

    private void lost() {
        socket = null;
        open = false;
        events.closed(everOpened);
        if (wanted) {
            int now = wait;
            wait = Math.min(LONGEST_WAIT_MS, wait * 2);
            later(() -> {
                if (wanted && socket == null) {
                    connect();
                }
            }, now);
        }
    }

    /** The page's token ({@code ?token=} of its address), or null. */
    @JSBody(script = "return new URLSearchParams(window.location.search).get('token');")
    static native String pageToken();

    @JSBody(params = "text", script = "return encodeURIComponent(text);")
    static native String encode(String text);

    @JSBody(params = {"path", "opened", "message", "closed"}, script = "var url = (location.protocol === 'https:'"
            + " ? 'wss://' : 'ws://') + location.host + path; var s;"
            + " try { s = new WebSocket(url); } catch (e) { setTimeout(function() { closed(); }, 0); return null; }"
            + " s.onopen = function() { opened(); };"
            + " s.onmessage = function(e) { if (typeof e.data === 'string') message(e.data); };"
            + " s.onclose = function() { closed(); }; return s;")
    private static native JSObject open(String path, Dom.Callback opened, Dom.StringCallback message, Dom.Callback closed);

    @JSBody(params = {"socket", "text"}, script = "if (socket.readyState !== 1) return false; socket.send(text); return true;")
    private static native boolean send(JSObject socket, String text);

    @JSBody(params = "socket", script = "socket.onclose = null; socket.close();")
    private static native void close(JSObject socket);

    @JSBody(params = {"f", "ms"}, script = "setTimeout(function() { f(); }, ms);")
    private static native void later(Dom.Callback f, int ms);
}
