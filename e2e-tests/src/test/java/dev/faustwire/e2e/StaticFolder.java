package dev.faustwire.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A plain static file server on 127.0.0.1 (the JDK's HttpServer, nothing of Faustwire): GET of a file
 * directly in the folder, 404 for anything else. Exported pages are opened from it as a person would.
 */
final class StaticFolder implements AutoCloseable {
    private final Path folder;
    private final HttpServer server;

    private StaticFolder(Path folder) throws IOException {
        this.folder = folder;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    static StaticFolder serve(Path folder) throws IOException {
        return new StaticFolder(folder);
    }

    /** The address of a file of the folder. */
    String url(String fileName) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + fileName;
    }

    /** A file of the folder on disk. */
    Path file(String fileName) {
        return folder.resolve(fileName);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring(1);
        Path file = folder.resolve(name).normalize();
        boolean found = exchange.getRequestMethod().equals("GET") && !name.isEmpty() && !name.contains("/")
                && file.getParent().equals(folder) && Files.isRegularFile(file);
        byte[] body = found ? Files.readAllBytes(file) : "not found".getBytes();
        exchange.getResponseHeaders().set("Content-Type", found && name.endsWith(".html") ? "text/html; charset=utf-8" : "text/plain");
        exchange.sendResponseHeaders(found ? 200 : 404, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
