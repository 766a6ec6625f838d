package dev.faustwire.server;

import java.io.PrintStream;

/** {@code faustwire render PATCH|DSP -o OUT.wav [--seconds S] [--rate R] [--set /addr=value]... [--input IN.wav]}. */
final class RenderCommand {
    private RenderCommand() {
    }

    static int run(CliArgs args, PrintStream out, PrintStream err) {
        return 2;
    }
}
