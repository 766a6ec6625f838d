package dev.faustwire.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: the server honours SIGTERM. A server process (faustwire serve) compiles a program that
 * would run faust for 10 s; SIGTERM stops the pools at once, the waiting request is answered or
 * dropped, faust is killed, and the process exits within a few seconds.
 */
class SigtermIT {
    @TempDir
    Path temp;

    @Test
    void sigtermDuringACompileStopsTheServerAtOnce() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process server = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "dev.faustwire.server.Main", "serve", "--port", "0", "--osc-port", "0", "--workspace", Files.createDirectory(temp.resolve("ws")).toString()))
                .redirectErrorStream(true).start();
        try {
            int port = port(server);
            HttpClient http = HttpClient.newHttpClient();
            CompletableFuture<HttpResponse<String>> compile = http.sendAsync(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/compile"))
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString("{\"dsp\": \"process = @(1<<30);\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (server.descendants().noneMatch(ProcessHandle::isAlive)) {
                assertTrue(System.nanoTime() < until, "faust never started");
                Thread.sleep(20);
            }
            List<ProcessHandle> compilers = server.descendants().toList();
            Thread.sleep(300);

            long start = System.nanoTime();
            server.destroy(); // SIGTERM
            boolean exited = server.waitFor(10, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            String answer;
            try {
                HttpResponse<String> response = compile.get(10, TimeUnit.SECONDS);
                answer = response.statusCode() + " " + response.body();
            } catch (Exception e) {
                answer = "connection closed (" + e.getClass().getSimpleName() + ")";
            }

            System.out.printf("SIGTERM during a 10 s compile: the server exited after %.2f s; the request got: %s%n",
                    seconds, answer);
            assertTrue(exited && seconds < 5, "the server ran on " + seconds + " s after SIGTERM");
            long gone = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            while (compilers.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < gone) {
                Thread.sleep(20);
            }
            assertTrue(compilers.stream().noneMatch(ProcessHandle::isAlive), "a sandboxed faust outlived the server: "
                    + compilers.stream().filter(ProcessHandle::isAlive).map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList());
        } finally {
            server.destroyForcibly();
        }
    }

    /** The port the server says it listens on, read from its first lines. */
    private static int port(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        Pattern serving = Pattern.compile("Faustwire is serving .* at http://127\\.0\\.0\\.1:(\\d+)/");
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Matcher matcher = serving.matcher(line);
                    if (matcher.find()) {
                        Thread drain = new Thread(() -> {
                            try {
                                while (out.readLine() != null) {
                                    // keep the pipe empty
                                }
                            } catch (java.io.IOException e) {
                                // the server ended
                            }
                        });
                        drain.setDaemon(true);
                        drain.start();
                        return Integer.parseInt(matcher.group(1));
                    }
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            throw new IllegalStateException("the server ended without saying where it listens");
        });
        return port.get(60, TimeUnit.SECONDS);
    }
}
