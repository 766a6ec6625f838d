package dev.faustwire.server.export;

/** Where an export job is: waiting for the build thread, building, finished with a file, or failed. */
public enum ExportState {
    QUEUED, RUNNING, DONE, FAILED;

    /** The state's name in the API: {@code queued}, {@code running}, {@code done}, {@code failed}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** True when the job will not change any more. */
    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
