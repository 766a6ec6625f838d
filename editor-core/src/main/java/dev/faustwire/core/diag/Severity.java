package dev.faustwire.core.diag;

/** How bad a diagnostic is: an error stops code generation, a warning does not. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
