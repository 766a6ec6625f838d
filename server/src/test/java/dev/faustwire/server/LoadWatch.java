package dev.faustwire.server;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * What a heavy request does to the rest of a {@link TestServer}: a sampler reads the used heap every
 * 5 ms (after a {@code System.gc()} baseline), the heap each garbage collection leaves is recorded
 * (what is really held, without the garbage a young generation lets pile up), and a side client asks
 * for the patch list and a small compile in turn, timing each answer. {@link #stop} gives the figures
 * the load tests print and check.
 */
final class LoadWatch {
    /** How long a side request may take before it counts as a failure. */
    private static final Duration SIDE_TIMEOUT = Duration.ofSeconds(60);

    /**
     * Heap baseline, peak used and peak left by a collection ({@code liveBaseline}'s counterpart; the
     * baseline when no collection ran), in bytes, and the side requests' latencies (ascending) and failures.
     */
    record Figures(long baseline, long peak, long livePeak, int collections, List<Long> sideMillis,
            List<String> sideFailures) {
        long growth() {
            return peak - baseline;
        }

        /** How much more the heap held after a collection than at the start. */
        long liveGrowth() {
            return livePeak - baseline;
        }

        String describe() {
            return "heap baseline " + mib(baseline) + " MiB, peak " + mib(peak) + " MiB, growth " + mib(growth())
                    + " MiB, largest after one of " + collections + " collections " + mib(livePeak)
                    + " MiB (growth " + mib(liveGrowth()) + " MiB); side requests " + sideMillis.size() + ", median "
                    + (sideMillis.isEmpty() ? "-" : sideMillis.get(sideMillis.size() / 2)) + " ms, max "
                    + (sideMillis.isEmpty() ? "-" : sideMillis.get(sideMillis.size() - 1)) + " ms, failures "
                    + sideFailures;
        }
    }

    private final Runtime runtime = Runtime.getRuntime();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong peak;
    private final long baseline;
    private final List<Long> sideMillis = Collections.synchronizedList(new ArrayList<>());
    private final List<String> sideFailures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong livePeak;
    private final AtomicInteger collections = new AtomicInteger();
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private final Thread sampler;
    private final Thread sideClient;

    private LoadWatch(TestServer server) {
        System.gc();
        baseline = runtime.totalMemory() - runtime.freeMemory();
        peak = new AtomicLong(baseline);
        livePeak = new AtomicLong(baseline);
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                NotificationListener listener = (notification, handback) -> afterCollection(notification);
                emitter.addNotificationListener(listener, null, null);
                unsubscribe.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (ListenerNotFoundException e) {
                        // already gone
                    }
                });
            }
        }
        sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                sleep(5);
            }
        }, "heap-sampler");
        sideClient = new Thread(() -> sideRequests(server), "side-client");
        sampler.start();
        sideClient.start();
    }

    /** Records the heap a collection left, summed over the pools. */
    private void afterCollection(Notification notification) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (MemoryUsage pool : info.getGcInfo().getMemoryUsageAfterGc().values()) {
            used += pool.getUsed();
        }
        collections.incrementAndGet();
        livePeak.accumulateAndGet(used, Math::max);
    }

    /** Starts sampling the heap and sending side requests to {@code server}. */
    static LoadWatch start(TestServer server) {
        return new LoadWatch(server);
    }

    private void sideRequests(TestServer server) {
        HttpClient side = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; running.get(); i++) {
            HttpRequest request = i % 2 == 0
                    ? HttpRequest.newBuilder(server.uri("/api/patches")).timeout(SIDE_TIMEOUT).GET().build()
                    : HttpRequest.newBuilder(server.uri("/api/compile")).timeout(SIDE_TIMEOUT)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"patch\": " + TestServer.chain("0.25")
                                    + "}")).build();
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = side.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    sideFailures.add(response.statusCode() + " " + response.body());
                }
            } catch (IOException e) {
                sideFailures.add(e.toString());
            } catch (InterruptedException e) {
                return;
            }
            sideMillis.add((System.nanoTime() - start) / 1_000_000);
            sleep(20);
        }
    }

    /** Lets the side client finish one request after the heavy work, stops both threads, and gives the figures. */
    Figures stop() throws InterruptedException {
        sleep(100);
        running.set(false);
        sampler.join();
        sideClient.join(SIDE_TIMEOUT.toMillis());
        unsubscribe.forEach(Runnable::run);
        List<Long> sorted = new ArrayList<>(sideMillis);
        Collections.sort(sorted);
        return new Figures(baseline, peak.get(), livePeak.get(), collections.get(), sorted, List.copyOf(sideFailures));
    }

    static long mib(long bytes) {
        return bytes >> 20;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
