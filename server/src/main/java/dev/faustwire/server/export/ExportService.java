package dev.faustwire.server.export;

import dev.faustwire.core.diag.Code;
import dev.faustwire.server.compile.CompileReport;
import dev.faustwire.server.compile.CompileService;
import dev.faustwire.server.compile.Program;
import dev.faustwire.server.compile.ServerBusyException;
import dev.faustwire.server.compile.WorkCancelledException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Exports programs: the program is first compiled by the {@link CompileService} (one that does not
 * compile fails with its diagnostics, and nothing is built); a text target answers at once; a built
 * target is queued for the one build thread of this service, never the compile pool, so builds of
 * seconds never hold up the audition. Jobs, their steps and their files stay in memory for
 * {@link #KEPT_FOR} (at most {@link #KEPT_JOBS} finished ones); builds leave no file on the server.
 */
public final class ExportService implements AutoCloseable {
    /** Builds waiting for the build thread; one more is refused as busy. */
    public static final int QUEUE = 8;
    /** Finished jobs kept; the oldest goes first. */
    public static final int KEPT_JOBS = 16;
    /** How long a finished job (and its file) can still be fetched. */
    public static final Duration KEPT_FOR = Duration.ofMinutes(15);
    /** Longest a text target may take on the compile pool (faust with an architecture takes well under a second). */
    public static final Duration TEXT_TIME = Duration.ofSeconds(30);
    private static final SecureRandom IDS = new SecureRandom();

    private final CompileService compiles;
    private final List<ExportTarget> targets;
    private final ExportPackageInstaller packages;
    private final ThreadPoolExecutor builds;
    private final Map<String, ExportJob> jobs = new LinkedHashMap<>();

    public ExportService(CompileService compiles, List<ExportTarget> targets, ExportPackageInstaller packages) {
        this.compiles = compiles;
        this.targets = List.copyOf(targets);
        this.packages = packages;
        this.builds = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), job -> {
            Thread thread = new Thread(job, "faustwire-export");
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
        builds.allowCoreThreadTimeOut(true); // an idle service holds no thread
    }

    /** The service of every target of {@link ExportTargets}, installing packages through the launcher. */
    public ExportService(CompileService compiles) {
        this(compiles, ExportTargets.all(), new ExportPackageInstaller());
    }

    public List<ExportTarget> targets() {
        return targets;
    }

    /** The target of this name. */
    public Optional<ExportTarget> target(String name) {
        return targets.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * Starts an export of {@code program} as {@code patchName} (the patch's file stem, which the
     * exported program declares as its name). Compiles it first (on the compile pool, cached); a text
     * target's job is finished when this returns (written on the compile pool), a built target's is queued. Throws
     * {@link ExportException} ({@link ExportException.Kind#UNKNOWN_TARGET}) for a name no target has,
     * and {@link ServerBusyException} when the build queue is full.
     */
    public ExportJob start(String targetName, Program program, String patchName) throws ExportException {
        ExportTarget target = target(targetName).orElseThrow(() -> new ExportException(ExportException.Kind.UNKNOWN_TARGET,
                "there is no export target \"" + targetName + "\"; the targets are " + names(), ""));
        ExportJob job = new ExportJob(newId(), target);
        job.step("compiling the program");
        CompileReport report = CompileReport.of(program, compiles);
        remember(job);
        if (!report.ok()) {
            job.doesNotCompile(report.diagnostics());
            return job;
        }
        ExportRequest request = new ExportRequest(ExportNames.withName(program.code(), patchName),
                ExportNames.programName(patchName));
        if (!target.built()) {
            writeText(job, request);
            return job;
        }
        job.step("queued for the build thread");
        try {
            builds.execute(() -> run(job, request));
        } catch (RejectedExecutionException e) {
            forget(job);
            throw new ServerBusyException(30);
        }
        return job;
    }

    /** A job started in the last {@link #KEPT_FOR}, by its id. */
    public Optional<ExportJob> job(String id) {
        synchronized (jobs) {
            sweep();
            return Optional.ofNullable(jobs.get(id));
        }
    }

    /** Builds waiting for the build thread. */
    public int queued() {
        return builds.getQueue().size();
    }

    /**
     * A text target on the compile pool, as a compile: its faust run (the C++ source) counts with the
     * compiles, so many exports at once cannot overload the machine; past {@link #TEXT_TIME} it is E051.
     */
    private void writeText(ExportJob job, ExportRequest request) throws ExportException {
        try {
            compiles.run(() -> {
                run(job, request);
                return null;
            }, TEXT_TIME);
        } catch (ServerBusyException | WorkCancelledException e) {
            forget(job);
            throw e;
        } catch (TimeoutException e) {
            job.failed(Code.EXPORT_TIMED_OUT, "the " + job.target().title() + " took longer than "
                    + TEXT_TIME.toSeconds() + " s", "");
        } catch (Exception e) {
            job.failed(Code.EXPORT_BUILD_FAILED, "the " + job.target().title() + " could not be made", e.getMessage());
        }
    }

    private void run(ExportJob job, ExportRequest request) {
        job.running();
        ExportTarget target = job.target();
        long start = System.nanoTime();
        try {
            if (!packagesReady(job, target)) {
                return;
            }
            job.step(target.built() ? "building " + target.title() : "writing " + target.title());
            ExportArtifact artifact = target.export(request, job::step);
            job.step("done in " + (System.nanoTime() - start) / 1_000_000 + " ms: " + artifact.fileName());
            job.done(artifact);
        } catch (ExportException e) {
            job.failed(code(e.kind()), e.getMessage(), e.toolMessage());
        } catch (RuntimeException e) {
            job.failed(Code.EXPORT_BUILD_FAILED, "the " + target.title() + " could not be made ("
                    + e.getClass().getSimpleName() + ")", e.getMessage());
        }
    }

    private boolean packagesReady(ExportJob job, ExportTarget target) {
        List<String> wanted = target.debianPackages();
        if (wanted.isEmpty()) {
            return true;
        }
        List<String> missing = packages.missing(wanted);
        if (missing.isEmpty()) {
            return true;
        }
        job.step("installing " + String.join(" ", missing));
        ExportPackageInstaller.Outcome outcome = packages.install(target.name(), missing);
        if (!outcome.installed()) {
            job.failed(Code.EXPORT_PACKAGES_MISSING, "the " + target.title() + " needs the Debian packages "
                    + String.join(" ", missing) + ", which are not installed", outcome.output());
            return false;
        }
        return true;
    }

    static Code code(ExportException.Kind kind) {
        return switch (kind) {
            case BUILD_FAILED, DOES_NOT_COMPILE -> Code.EXPORT_BUILD_FAILED;
            case TIMED_OUT -> Code.EXPORT_TIMED_OUT;
            case MISSING_PACKAGES -> Code.EXPORT_PACKAGES_MISSING;
            case UNKNOWN_TARGET -> Code.EXPORT_TARGET_UNKNOWN;
        };
    }

    private String names() {
        List<String> names = new ArrayList<>();
        targets.forEach(t -> names.add(t.name()));
        return String.join(", ", names);
    }

    private void remember(ExportJob job) {
        synchronized (jobs) {
            sweep();
            jobs.put(job.id(), job);
        }
    }

    private void forget(ExportJob job) {
        synchronized (jobs) {
            jobs.remove(job.id());
        }
    }

    /** Drops finished jobs older than {@link #KEPT_FOR}, then the oldest finished ones past {@link #KEPT_JOBS}. */
    private void sweep() {
        long expired = System.nanoTime() - KEPT_FOR.toNanos();
        jobs.values().removeIf(job -> job.finishedBefore(expired));
        long finished = jobs.values().stream().filter(job -> job.state().finished()).count();
        var oldest = jobs.values().iterator();
        while (finished > KEPT_JOBS && oldest.hasNext()) {
            if (oldest.next().state().finished()) {
                oldest.remove();
                finished--;
            }
        }
    }

    private static String newId() {
        byte[] bytes = new byte[12];
        IDS.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Stops the build thread; a build running is interrupted, and its job folder deleted by its target. */
    @Override
    public void close() {
        builds.shutdownNow();
    }
}
