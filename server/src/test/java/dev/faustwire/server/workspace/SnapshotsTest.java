package dev.faustwire.server.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot store: names, listing, the history of replaced and deleted versions, links, folders that are files. */
class SnapshotsTest {
    @TempDir
    Path temp;

    Workspace workspace;
    Snapshots snapshots;

    @BeforeEach
    void open() throws IOException {
        workspace = new Workspace(Files.createDirectory(temp.resolve("ws")));
        snapshots = new Snapshots(workspace);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void savesReadsListsAndDeletes() throws IOException {
        assertEquals(List.of(), snapshots.names());
        assertTrue(snapshots.save("b", bytes("one")));
        assertFalse(snapshots.save("b", bytes("two")));
        assertTrue(snapshots.save("A set", bytes("three")));
        assertEquals(List.of("A set", "b"), snapshots.names());
        assertArrayEquals(bytes("two"), snapshots.read("b"));
        snapshots.delete("b");
        assertEquals(List.of("A set"), snapshots.names());
        WorkspaceException missing = assertThrows(WorkspaceException.class, () -> snapshots.read("b"));
        assertEquals(WorkspaceException.Kind.MISSING, missing.kind());
        assertEquals(WorkspaceException.Kind.MISSING, assertThrows(WorkspaceException.class, () -> snapshots.delete("b")).kind());
    }

    @Test
    void theReplacedAndTheDeletedVersionsAreKept() throws IOException {
        snapshots.save("s", bytes("first"));
        snapshots.save("s", bytes("second"));
        snapshots.delete("s");
        Path kept = workspace.root().resolve(".history/snapshots/s.snapshot.json");
        List<String> versions = new ArrayList<>();
        try (var files = Files.list(kept)) {
            files.forEach(f -> versions.add(readQuietly(f)));
        }
        versions.sort(null);
        assertEquals(List.of("first", "second"), versions);
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theListingShowsOnlySnapshotFilesWithGoodNames() throws IOException {
        snapshots.save("ok", bytes("{}"));
        Path folder = workspace.root().resolve("snapshots");
        Files.writeString(folder.resolve("notes.txt"), "x");
        Files.writeString(folder.resolve("patch.json"), "{}");
        Files.writeString(folder.resolve(".hidden.snapshot.json"), "{}");
        Files.writeString(folder.resolve(" lead.snapshot.json"), "{}");
        Files.createDirectory(folder.resolve("dir.snapshot.json"));
        assertEquals(List.of("ok"), snapshots.names());
        assertEquals(List.of("snapshots/patch.json"), workspace.list(), "patches beside snapshots are listed, snapshots not");
    }

    @Test
    void noWriteLeavesTheFolder() throws IOException {
        for (String name : new String[] {"../x", "..", ".x", "a/b", "a\\b", "", " x", "x ", "a\nb", "x".repeat(101), null}) {
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> snapshots.save(name, bytes("{}")), name);
            assertEquals(WorkspaceException.Kind.INVALID, e.kind());
            assertThrows(WorkspaceException.class, () -> snapshots.read(name));
            assertThrows(WorkspaceException.class, () -> snapshots.delete(name));
        }
        try (var files = Files.walk(temp)) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".snapshot.json")).toList());
        }
    }

    @Test
    void aFolderThatIsAFileIsRefused() throws IOException {
        Files.writeString(workspace.root().resolve("snapshots"), "a file");
        assertEquals(WorkspaceException.Kind.INVALID,
                assertThrows(WorkspaceException.class, () -> snapshots.save("x", bytes("{}"))).kind());
        assertEquals(List.of(), snapshots.names());
    }

    @Test
    void aSnapshotFileThatIsALinkIsNeitherReadNorReplacedNorDeleted() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret"), "secret");
        Files.createDirectory(workspace.root().resolve("snapshots"));
        Files.createSymbolicLink(workspace.root().resolve("snapshots/s.snapshot.json"), secret);
        assertThrows(WorkspaceException.class, () -> snapshots.read("s"));
        assertThrows(WorkspaceException.class, () -> snapshots.save("s", bytes("overwritten")));
        assertThrows(WorkspaceException.class, () -> snapshots.delete("s"));
        assertEquals("secret", Files.readString(secret));
    }

    @Test
    void snapshotPathsAreNoPatchPaths() {
        assertThrows(WorkspaceException.class, () -> workspace.resolve("snapshots/s.snapshot.json"));
        assertThrows(WorkspaceException.class, () -> workspace.resolve("s.snapshot.json"));
    }

    @Test
    void theNameRuleAgreesWithTheFileName() {
        assertNull(Snapshots.problem("live set (2)"));
        assertNull(Snapshots.problem("été"));
        assertTrue(Snapshots.problem("\ud83c\udfb5") != null, "outside the basic plane");
        assertTrue(Snapshots.problem("del\u007f") != null);
    }

    @Test
    void concurrentSavesLeaveOneWholeVersion() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> saves = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String body = ("version " + i + " ").repeat(2000);
            saves.add(pool.submit(() -> snapshots.save("busy", bytes(body))));
        }
        int created = 0;
        for (Future<Boolean> f : saves) {
            created += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(1, created, "one save made it, the others replaced it");
        String last = new String(snapshots.read("busy"), StandardCharsets.UTF_8);
        String first = last.substring(0, last.indexOf(' ', "version ".length()) + 1);
        assertEquals(first.repeat(2000), last, "a whole version, never a mix");
        try (var files = Files.list(workspace.root().resolve("snapshots"))) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }
}
