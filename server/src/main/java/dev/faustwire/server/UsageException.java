package dev.faustwire.server;

/** A command line that does not fit the usage. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
