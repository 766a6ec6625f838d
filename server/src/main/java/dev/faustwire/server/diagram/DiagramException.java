package dev.faustwire.server.diagram;

/** Faust could not draw a program's block diagram, or drew more than is served (E054). */
public final class DiagramException extends Exception {
    private static final long serialVersionUID = 1L;

    public DiagramException(String message) {
        super(message);
    }
}
