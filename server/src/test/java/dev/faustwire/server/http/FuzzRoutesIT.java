package dev.faustwire.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 random requests over every route against a real server and a real workspace (with links inside and out,
 * a history, a folder named like a version): no answer is a 500, none hangs (each is bounded by a socket timeout),
 * and the server answers a plain request after. The seed is fixed and printed ({@code -Dfuzz.seed=} to change it,
 * {@code -Dfuzz.requests=} for another count). Requests are raw HTTP/1.1 on their own connection, so paths and
 * bodies go out byte for byte. Compile and render requests mostly carry shapes that fail validation; at most
 * {@link #PROGRAM_BUDGET} carry a program that may reach the real compiler.
 */
class FuzzRoutesIT {
    private static final long SEED = Long.getLong("fuzz.seed", 14L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 10_000);
    private static final int PROGRAM_BUDGET = 60;
    private static final int TIMEOUT_MILLIS = 60_000;
    private static final String PATCH = "{\"format\": \"faustwire-patch\", \"version\": 1, \"boxes\": {\"box-1\": "
            + "{\"text\": \"in 1\"}, \"box-2\": {\"text\": \"out 1\"}}, \"lines\": {\"line-1\": {\"src\": [\"box-1\", 0], "
            + "\"dest\": [\"box-2\", 0]}}}";

    @TempDir
    Path temp;

    private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
    private final Map<String, Long> slowest = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int programs;
    private int port;

    @Test
    void randomRequestsOnEveryRouteGetNo500AndNoHang() throws Exception {
        System.out.println("fuzz seed " + SEED + ", " + REQUESTS + " requests");
        Path ws = workspace();
        Javalin app = ServerApp.start("127.0.0.1", 0, ws);
        long started = System.nanoTime();
        try {
            port = app.port();
            history();
            FuzzInputs in = new FuzzInputs(new Random(SEED));
            for (int i = 0; i < REQUESTS; i++) {
                one(in, i);
            }
            Answer after = send("GET", "/api/patches", null);
            assertEquals(200, after.status, "the server is alive after the fuzz: " + after.text);
        } finally {
            app.stop();
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        statuses.forEach((route, counts) -> System.out.println("  " + route + " " + counts + ", slowest "
                + slowest.get(route) + " ms"));
        System.out.println("fuzz done in " + seconds + " s; requests with a program for the compiler: " + programs
                + "; failures: " + failures.size());
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())),
                failures.size() + " requests got a 500, no answer or no answer in time");
    }

    /** The workspace: patches, a sub-patcher, links inside and out, a folder named like a patch, a hidden file. */
    private Path workspace() throws IOException {
        Path ws = Files.createDirectories(temp.resolve("ws"));
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.json"), "{\"secret\": true}");
        Files.writeString(ws.resolve("p.json"), PATCH);
        Files.createDirectories(ws.resolve("sub"));
        Files.writeString(ws.resolve("sub/q.dsppat"), PATCH);
        Files.createDirectories(ws.resolve("lib"));
        Files.writeString(ws.resolve("lib/lp.dsppat"), PATCH);
        Files.createDirectories(ws.resolve("folder.json"));
        Files.writeString(ws.resolve(".hidden.json"), PATCH);
        Files.createSymbolicLink(ws.resolve("alias.json"), ws.resolve("p.json"));
        Files.createSymbolicLink(ws.resolve("out.json"), outside.resolve("secret.json"));
        Files.createSymbolicLink(ws.resolve("linked"), outside);
        Files.createSymbolicLink(ws.resolve("hist"), ws.resolve(".history"));
        return ws;
    }

    /** Earlier versions of p.json, and the history folder of a.json/VERSION.json (a folder named like a version). */
    private void history() throws IOException {
        send("PUT", "/api/patches/p.json", bytes(PATCH.replace("in 1", "in 2")), "If-Match: *");
        send("PUT", "/api/patches/p.json", bytes(PATCH), "If-Match: *");
        String inner = "/api/patches/a.json/" + FuzzInputs.VERSION + ".json";
        send("PUT", inner, bytes(PATCH));
        send("PUT", inner, bytes(PATCH.replace("in 1", "in 2")), "If-Match: *");
    }

    private void one(FuzzInputs in, int i) throws IOException {
        int route = in.below(102);
        if (route >= 100) {
            String method = in.pick(List.of("HEAD", "OPTIONS", "PATCH", "POST", "TRACE", "PUT", "DELETE"));
            String target = in.pick(List.of("/api/patches/", "/api/history/", "/api/lib", "/api/compile", "/stdlib-index.json",
                    "/api/render/", "/api/export/", "/api/diagram/", "/"));
            record("other methods", method, target + (target.endsWith("/") ? in.path() : ""),
                    in.chance(0.5) ? in.body(in.value(2)) : null);
        } else if (route < 3) {
            record("GET /stdlib-index.json", "GET", "/stdlib-index.json" + (in.chance(0.5) ? "?" + in.path() : ""), null,
                    "If-None-Match: " + in.etagHeader());
        } else if (route < 13) {
            record("GET /api/lib", "GET", "/api/lib" + (in.chance(0.9) ? "?q=" + in.path() : ""), null);
        } else if (route < 16) {
            record("GET /api/patches", "GET", "/api/patches" + (in.chance(0.2) ? "?" + in.path() : ""), null);
        } else if (route < 30) {
            record("GET /api/patches/*", "GET", "/api/patches/" + in.path(), null,
                    in.chance(0.3) ? "If-None-Match: " + in.etagHeader() : null);
        } else if (route < 50) {
            String json = in.chance(0.8) ? in.patch() : in.value(3);
            record("PUT /api/patches/*", "PUT", "/api/patches/" + in.path(), in.body(json),
                    in.chance(0.6) ? "If-Match: " + in.etagHeader() : null,
                    in.chance(0.1) ? "If-None-Match: " + in.etagHeader() : null);
        } else if (route < 58) {
            record("DELETE /api/patches/*", "DELETE", "/api/patches/" + in.path(), null,
                    in.chance(0.8) ? "If-Match: " + in.etagHeader() : null);
        } else if (route < 70) {
            record("GET /api/history/*", "GET", "/api/history/" + in.path()
                    + (in.chance(0.6) ? "?version=" + in.version() : ""), null);
        } else if (route < 90) {
            String target = route < 82 ? "/api/compile" : "/api/render";
            record("POST " + target, "POST", target, in.body(programBody(in, target.equals("/api/render"))));
        } else if (route < 93) {
            // text targets take programs; a built one (a real gcc build of seconds) only bodies refused before the queue
            String target = in.pick(List.of("dsp", "cpp", "web", "lv2", "sc", in.path()));
            boolean text = List.of("dsp", "cpp", "web").contains(target);
            String body = text ? programBody(in, false) : in.pick(List.of("{}", "{\"dsp\":1}", in.value(3), "[]"));
            record("POST /api/export/*", "POST", "/api/export/" + target, in.body(body));
        } else if (route < 95) {
            record("GET /api/export/jobs/*", "GET", "/api/export/jobs/" + in.path() + (in.chance(0.5) ? "/file" : ""), null);
        } else if (route < 98) {
            record("POST /api/diagram", "POST", "/api/diagram", in.body(programBody(in, false)));
        } else {
            record("GET /api/diagram/*", "GET", "/api/diagram/" + in.path() + (in.chance(0.5) ? "/" + in.path() + ".svg" : ""), null);
        }
        if (i % 1000 == 999) {
            System.out.println("  " + (i + 1) + " requests, " + failures.size() + " failures");
        }
    }

    /**
     * A compile or render body: while the budget lasts, one in ten carries a program that may reach the compiler
     * (a random patch or Faust text, a short render); the rest break a rule the request is checked against first.
     */
    private String programBody(FuzzInputs in, boolean render) {
        if (programs < PROGRAM_BUDGET && in.chance(0.1)) {
            programs++;
            String program = in.chance(0.5) ? "\"patch\":" + in.patch() + (in.chance(0.3) ? ",\"path\":\"sub/q.dsppat\"" : "")
                    : "\"dsp\":" + in.string();
            return "{" + program + (render ? ",\"seconds\":0.05,\"rate\":8000" : "") + "}";
        }
        String members = in.object(2);
        String extra = members.substring(1, members.length() - 1);
        String broken = switch (in.below(9)) {
            case 0 -> "{\"patch\":" + in.patch() + ",\"dsp\":" + in.string() + "}";
            case 1 -> "{\"dsp\":" + in.pick(List.of("1", "1e400", "null", "[]", "{}", "true")) + "}";
            case 2 -> "{\"patch\":" + in.pick(List.of("\"x\"", "1e400", "[]", "-1")) + "}";
            case 3 -> "{\"name\":" + in.pick(List.of("1", "[]", "-1")) + ",\"dsp\":\"process = _;\"}";
            case 4 -> "{\"patch\":" + in.patch() + ",\"path\":" + in.pick(List.of("\"../x.json\"", "\"\\ud800.json\"",
                    "\"a\\nb.json\"", "\"a\\u0000.json\"", "1", "\"/etc/passwd\"", "\".history/p.json\"",
                    "\"out.json\"", "\"linked/secret.json\"")) + "}";
            case 5 -> in.value(3);
            case 6 -> "{" + extra + "}";
            case 7 -> "{\"dsp\":\"process = _;\",\"dsp\":\"process = 1;\"}";
            default -> render ? "{\"dsp\":\"process = _;\",\"" + in.pick(List.of("rate", "seconds", "params", "input"))
                    + "\":" + in.pick(List.of("\"x\"", "1e400", "-1", "[]", "{\"a\":\"b\"}", "\"!!!\"", "1.5", "0",
                    "{\"\\ud800\":1e400}")) + ",\"patch\":1}" : "{\"patch\":" + in.patch() + ",\"dsp\":1}";
        };
        return broken;
    }

    private void record(String route, String method, String path, byte[] body, String... headers) {
        long start = System.nanoTime();
        Answer answer = send(method, path, body, headers);
        slowest.merge(route, (System.nanoTime() - start) / 1_000_000, Math::max);
        statuses.computeIfAbsent(route, r -> new TreeMap<>()).merge(answer.status, 1, Integer::sum);
        if (answer.status == 408 || answer.status == 431) {
            System.out.println("  note: " + method + " " + path + " (" + (body == null ? 0 : body.length) + " bytes) -> "
                    + answer.status + " " + answer.text);
        }
        if (answer.status == 500 || answer.status <= 0) {
            String sent = body == null ? "" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            failures.add(method + " " + path + " " + sent + " -> " + answer.status + " " + answer.text);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The status of a raw request on its own connection: -1 with no answer, -2 with none in time. */
    private Answer send(String method, String path, byte[] body, String... headers) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
            for (String header : headers) {
                if (header != null) {
                    head.append(header).append("\r\n");
                }
            }
            if (body != null) {
                head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
            }
            request.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                request.write(body);
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.toByteArray());
            out.flush();
            byte[] answer = socket.getInputStream().readAllBytes();
            String text = new String(answer, StandardCharsets.UTF_8);
            if (!text.startsWith("HTTP/1.1 ") || text.length() < 12) {
                return new Answer(-1, text);
            }
            int bodyAt = text.indexOf("\r\n\r\n");
            String shown = bodyAt < 0 ? "" : text.substring(bodyAt + 4, Math.min(text.length(), bodyAt + 304));
            return new Answer(Integer.parseInt(text.substring(9, 12)), shown);
        } catch (SocketTimeoutException e) {
            return new Answer(-2, "no answer within " + TIMEOUT_MILLIS + " ms");
        } catch (IOException e) {
            return new Answer(-1, e.toString());
        }
    }

    private record Answer(int status, String text) {
    }
}
