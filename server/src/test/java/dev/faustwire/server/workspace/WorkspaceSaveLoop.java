package dev.faustwire.server.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * For {@link WorkspaceCrashIT}: saves one patch over and over, alternating a small and a large version, until it is
 * killed. Before each save it notes {@code writing N}, after it {@code saved N}, so the killer knows the candidates.
 * The notes go to a file with one write(2) each, which a SIGKILL cannot lose (a pipe's last lines can be lost
 * when the JDK drains it on the child's exit).
 */
public final class WorkspaceSaveLoop {
    static final String PATCH = "crash/loop.json";

    private WorkspaceSaveLoop() {
    }

    private static Path notes;

    /** Arguments: the workspace folder, the first version number to write, and the file for notes. */
    public static void main(String[] args) throws IOException {
        Workspace workspace = new Workspace(Path.of(args[0]));
        long n = Long.parseLong(args[1]);
        notes = Path.of(args[2]);
        String etag = Files.exists(workspace.root().resolve(PATCH)) ? workspace.load(PATCH).etag() : null;
        say("ready");
        while (true) {
            say("writing " + n);
            PatchPrecondition precondition = etag == null ? PatchPrecondition.NONE : PatchPrecondition.ifMatch(etag);
            etag = workspace.save(PATCH, version(n), precondition).etag();
            say("saved " + n);
            n++;
        }
    }

    /** Version N of the patch: about 200 bytes when N is even, about 200 KB when it is odd; N is its "counter". */
    static byte[] version(long n) {
        int size = n % 2 == 0 ? 200 : 200_000;
        String head = "{\"format\": \"faustwire-patch\", \"version\": 1, \"counter\": " + n
                + ", \"boxes\": {\"box-1\": {\"text\": \"in 1\"}}, \"lines\": {}, \"props\": {\"pad\": \"";
        String tail = "\"}}";
        String pad = String.valueOf((char) ('a' + n % 26)).repeat(Math.max(0, size - head.length() - tail.length()));
        return (head + pad + tail).getBytes(StandardCharsets.UTF_8);
    }

    private static void say(String line) throws IOException {
        Files.writeString(notes, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
