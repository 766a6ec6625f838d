package dev.faustwire.server.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many phones moving one slot's controls at once reach the editor, each set once, and every phone
 * ends on the same last value; random JSON shapes never make the hub's reading of a DSP throw.
 */
class LiveLoadTest {
    @Test
    void eightPhonesMovingAtOnceAllReachTheEditorAndAgreeAtTheEnd() throws Exception {
        try (LiveServer server = LiveServer.local(new LiveOptions(LiveAccess.open(), 0, "127.0.0.1"));
                LiveClient editor = LiveClient.open(server.ws("/api/live/host"))) {
            editor.send(LiveSocketsTest.open("editor", "a", LiveHubTest.DSP));
            editor.next("opened");
            List<LiveClient> phones = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                LiveClient phone = LiveClient.open(server.ws("/api/live/remote/1"));
                phone.next("ui");
                phones.add(phone);
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> work = new ArrayList<>();
            int each = 50;
            long started = System.nanoTime();
            for (int p = 0; p < phones.size(); p++) {
                LiveClient phone = phones.get(p);
                int base = 100 + p * 100;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        phone.send(LiveSocketsTest.set(null, "/main/freq", base + i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            int heard = 0;
            while (heard < phones.size() * each) {
                assertEquals("set", editor.next().get("type").asText());
                heard++;
            }
            System.out.println("[live] " + heard + " sets from 8 phones reached the editor in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
            assertEquals(null, editor.quietFor(200), "each set once, no more");
            // a last move from the editor: every phone ends on it, whatever it heard before
            editor.send(LiveSocketsTest.set(1, "/main/freq", 1234));
            for (LiveClient phone : phones) {
                JsonNode last;
                do {
                    last = phone.next();
                } while (last.get("value").asDouble() != 1234);
                assertEquals("/main/freq", last.get("address").asText());
            }
            phones.forEach(LiveClient::close);
        }
    }

    @Test
    void randomJsonNeverMakesTheDspReadingThrowUnlessItIsNoObject() {
        Random random = new Random(18);
        int read = 0;
        for (int i = 0; i < 2000; i++) {
            String json = "{\"ui\": " + value(random, 0) + "}";
            LiveControls.read(json);
            read++;
        }
        assertEquals(2000, read);
        String deep = "{\"ui\":" + "[{\"items\":".repeat(200) + "[]" + "}]".repeat(200) + "}";
        assertTrue(LiveControls.read(deep).isEmpty(), "groups deeper than any UI are not followed");
    }

    /** A random JSON value, with the fields a control has showing up often. */
    private static String value(Random r, int depth) {
        String[] fields = {"type", "label", "address", "init", "min", "max", "step", "items", "index"};
        return switch (depth > 4 ? r.nextInt(4) : r.nextInt(7)) {
            case 0 -> Integer.toString(r.nextInt(2000) - 1000);
            case 1 -> "\"" + (r.nextBoolean() ? "hslider" : "/main/x" + r.nextInt(5)) + "\"";
            case 2 -> r.nextBoolean() ? "null" : "true";
            case 3 -> "1e" + r.nextInt(400);
            case 4, 5 -> {
                StringBuilder o = new StringBuilder("{");
                int n = r.nextInt(6);
                for (int k = 0; k < n; k++) {
                    o.append(k == 0 ? "" : ",").append('"').append(fields[r.nextInt(fields.length)]).append("\":")
                            .append(value(r, depth + 1));
                }
                yield o.append('}').toString();
            }
            default -> {
                StringBuilder a = new StringBuilder("[");
                int n = r.nextInt(4);
                for (int k = 0; k < n; k++) {
                    a.append(k == 0 ? "" : ",").append(value(r, depth + 1));
                }
                yield a.append(']').toString();
            }
        };
    }
}
