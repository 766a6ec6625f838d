package dev.faustwire.server.cli;

/** A command line that does not fit the usage. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
