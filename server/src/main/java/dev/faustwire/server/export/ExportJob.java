package dev.faustwire.server.export;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.server.compile.CompileReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One export: its id, target, state, the steps reported so far, and at the end either the file or
 * the failure (a code, a sentence, the tool's message, and the diagnostics pinned to boxes when the
 * patch did not compile). Safe to read from any thread while the build thread writes it.
 */
public final class ExportJob {
    /** Where a finished file is fetched, with the job's id in place of {@code {id}}. */
    public static final String FILE_ROUTE = "/api/export/jobs/{id}/file";

    private final String id;
    private final ExportTarget target;
    private final List<String> steps = new ArrayList<>();
    private ExportState state = ExportState.QUEUED;
    private ExportArtifact artifact;
    private Code errorCode;
    private String error;
    private String toolMessage = "";
    private List<Diagnostic> diagnostics = List.of();
    private long finishedNanos;

    ExportJob(String id, ExportTarget target) {
        this.id = id;
        this.target = target;
    }

    public String id() {
        return id;
    }

    public ExportTarget target() {
        return target;
    }

    public synchronized ExportState state() {
        return state;
    }

    public synchronized List<String> steps() {
        return List.copyOf(steps);
    }

    /** The file of a job that is done, else null. */
    public synchronized ExportArtifact artifact() {
        return artifact;
    }

    /** The code of a failed job (E050-E053, or the compile's own codes through {@link #diagnostics()}), else null. */
    public synchronized Code errorCode() {
        return errorCode;
    }

    /** Why a failed job failed, in a sentence; null otherwise. */
    public synchronized String error() {
        return error;
    }

    /** What the failing tool said, cleaned of server paths (may be empty). */
    public synchronized String toolMessage() {
        return toolMessage;
    }

    /** The diagnostics of a failure: the compile's, pinned to boxes, or one of E050-E053. */
    public synchronized List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    synchronized void step(String what) {
        steps.add(what);
    }

    synchronized void running() {
        state = ExportState.RUNNING;
    }

    synchronized void done(ExportArtifact file) {
        artifact = file;
        state = ExportState.DONE;
        finished();
    }

    /** Fails with one of the export codes; the tool's message is kept apart and in the diagnostic. */
    synchronized void failed(Code code, String message, String tool) {
        String cleaned = ToolMessages.clean(tool);
        String text = cleaned.isEmpty() ? message : message + "\n" + cleaned;
        fail(code, message, cleaned, List.of(Diagnostic.atDocument(code, text)));
    }

    /** Fails because the program does not compile: the compile's own diagnostics, pinned to boxes. */
    synchronized void doesNotCompile(List<Diagnostic> compile) {
        String first = compile.stream().filter(Diagnostic::isError).map(Diagnostic::message).findFirst().orElse("");
        Code code = compile.stream().filter(Diagnostic::isError).map(Diagnostic::code).findFirst().orElse(Code.COMPILE_ERROR);
        fail(code, "the patch does not compile, so it cannot be exported" + (first.isEmpty() ? "" : ": " + first), "",
                compile);
    }

    private void fail(Code code, String message, String tool, List<Diagnostic> found) {
        errorCode = code;
        error = message;
        toolMessage = tool;
        diagnostics = List.copyOf(found);
        state = ExportState.FAILED;
        finished();
    }

    private void finished() {
        finishedNanos = System.nanoTime();
        notifyAll();
    }

    /** Waits until the job is done or failed (the command line's export); false when interrupted. */
    public synchronized boolean await() {
        while (!state.finished()) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    synchronized boolean finishedBefore(long nanos) {
        return state.finished() && finishedNanos - nanos < 0;
    }

    /** The job as the API answers it. */
    public synchronized Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("target", target.name());
        json.put("title", target.title());
        json.put("built", target.built());
        json.put("state", state.label());
        json.put("steps", List.copyOf(steps));
        if (artifact != null) {
            json.put("fileName", artifact.fileName());
            json.put("mediaType", artifact.mediaType());
            json.put("bytes", artifact.bytes().length);
            json.put("file", FILE_ROUTE.replace("{id}", id));
        }
        if (state == ExportState.FAILED) {
            json.put("code", errorCode.id());
            json.put("error", error);
            json.put("toolMessage", toolMessage);
            json.put("diagnostics", CompileReport.diagnosticsJson(diagnostics));
        }
        return json;
    }
}
