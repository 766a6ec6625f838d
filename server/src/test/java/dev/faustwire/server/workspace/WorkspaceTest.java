package dev.faustwire.server.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faustwire.server.workspace.WorkspaceException.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Workspace}: which files it lists, that every path it resolves stays inside its root, and that saves are
 * atomic, keep a history, recover from a crash and honour their preconditions.
 */
class WorkspaceTest {
    @TempDir
    Path temp;

    Path root;
    Path outside;

    @BeforeEach
    void folders() throws IOException {
        root = Files.createDirectory(temp.resolve("ws"));
        outside = Files.createDirectory(temp.resolve("outside"));
    }

    private Path put(Path base, String relative, String text) throws IOException {
        Path file = base.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Kind kindOf(Workspace workspace, String relative) {
        return assertThrows(WorkspaceException.class, () -> workspace.resolve(relative),
                "resolve(\"" + relative + "\")").kind();
    }

    @Test
    void createsAMissingRootFolder() throws IOException {
        Path missing = temp.resolve("new/folder");
        Workspace workspace = new Workspace(missing);
        assertTrue(Files.isDirectory(missing));
        assertEquals(missing.toRealPath(), workspace.root());
        assertEquals(Workspace.EXAMPLES, workspace.list(), "a new workspace starts with the examples");
        assertTrue(workspace.read("one-pole.json").contains("\"faustwire-patch\""));
    }

    @Test
    void anExistingFolderGetsNoExamples() throws IOException {
        Path existing = Files.createDirectories(temp.resolve("existing"));
        assertEquals(List.of(), new Workspace(existing).list());
    }

    @Test
    void listIsSortedWithSlashSeparators() throws IOException {
        put(root, "b.json", "{}");
        put(root, "a/z.dsppat", "{}");
        put(root, "a/b/c.json", "{}");
        put(root, "A.json", "{}");
        assertEquals(List.of("A.json", "a/b/c.json", "a/z.dsppat", "b.json"), new Workspace(root).list());
    }

    @Test
    void listSkipsHiddenFilesAndFolders() throws IOException {
        put(root, "shown.json", "{}");
        put(root, ".hidden.json", "{}");
        put(root, ".git/config.json", "{}");
        put(root, "sub/.secret.dsppat", "{}");
        put(root, "sub/.cache/x.json", "{}");
        put(root, "sub/seen.dsppat", "{}");
        assertEquals(List.of("shown.json", "sub/seen.dsppat"), new Workspace(root).list());
    }

    @Test
    void listSkipsFilesThatAreNoPatches() throws IOException {
        put(root, "p.json", "{}");
        put(root, "notes.txt", "x");
        put(root, "p.dsp", "process = _;");
        put(root, "p.json.bak", "{}");
        put(root, "gen.gendsp", "{}");
        Files.createDirectories(root.resolve("folder.json"));
        assertEquals(List.of("p.json"), new Workspace(root).list());
    }

    @Test
    void listOmitsLinksOutOfTheWorkspaceWhichReadRefuses() throws IOException {
        put(root, "p.json", "{}");
        Files.createSymbolicLink(root.resolve("link.json"), put(outside, "secret.json", "SECRET"));
        Workspace workspace = new Workspace(root);
        assertEquals(Kind.INVALID, kindOf(workspace, "link.json"));
        assertEquals(List.of("p.json"), workspace.list(), "every listed patch can be read");
    }

    @Test
    void readReturnsTheFileText() throws IOException {
        String text = "{\"boxes\": {}, \"comment\": \"caf\u00e9 \u266b\"}";
        put(root, "sub/p.json", text);
        assertEquals(text, new Workspace(root).read("sub/p.json"));
    }

    @Test
    void readOfAMissingFileIs404() throws IOException {
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> new Workspace(root).read("nope.json"));
        assertEquals(Kind.MISSING, e.kind());
        assertTrue(e.getMessage().contains("nope.json"), e.getMessage());
    }

    @Test
    void readInAMissingFolderIs404() throws IOException {
        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> new Workspace(root).read("no/such/folder.dsppat"));
        assertEquals(Kind.MISSING, e.kind());
    }

    @Test
    void resolveKeepsAPlainPathInsideTheRoot() throws IOException {
        Workspace workspace = new Workspace(root);
        Path file = workspace.resolve("sub/p.dsppat");
        assertEquals(workspace.root().resolve("sub").resolve("p.dsppat"), file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x.json", "/etc/passwd.json", "a/../../x.json", ".hidden.json", "a\\b.json",
            "x.txt", "", "a/../x.json", "..", "./x.json", "a//b.json", "a/.git/x.json", "x.json/", "x\0.json",
            "x"})
    void resolveRejectsBadPathsWith400(String relative) throws IOException {
        assertEquals(Kind.INVALID, kindOf(new Workspace(root), relative));
    }

    @Test
    void resolveRejectsNull() throws IOException {
        assertEquals(Kind.INVALID, kindOf(new Workspace(root), null));
    }

    @Test
    void readRejectsEscapesWith400WithoutReadingOutside() throws IOException {
        put(outside, "secret.json", "SECRET");
        Workspace workspace = new Workspace(root);
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> workspace.read("../outside/secret.json"));
        assertEquals(Kind.INVALID, e.kind());
    }

    @Test
    void symlinkedFilePointingOutsideIsRejected() throws IOException {
        Path secret = put(outside, "secret.json", "SECRET");
        Files.createSymbolicLink(root.resolve("link.json"), secret);
        Workspace workspace = new Workspace(root);
        assertEquals(Kind.INVALID, kindOf(workspace, "link.json"));
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> workspace.read("link.json"));
        assertEquals(Kind.INVALID, e.kind());
    }

    @Test
    void symlinkedFolderPointingOutsideIsRejected() throws IOException {
        put(outside, "secret.json", "SECRET");
        Files.createSymbolicLink(root.resolve("linked"), outside);
        Workspace workspace = new Workspace(root);
        assertEquals(Kind.INVALID, kindOf(workspace, "linked/secret.json"));
    }

    @Test
    void symlinkInsideTheWorkspaceIsAllowed() throws IOException {
        put(root, "real/p.json", "{\"inside\": true}");
        Files.createSymbolicLink(root.resolve("alias.json"), root.resolve("real/p.json"));
        assertEquals("{\"inside\": true}", new Workspace(root).read("alias.json"));
    }

    @Test
    void rootGivenThroughASymlinkStillServesItsFiles() throws IOException {
        put(root, "p.json", "{}");
        Path link = Files.createSymbolicLink(temp.resolve("ws-link"), root);
        Workspace workspace = new Workspace(link);
        assertEquals(root.toRealPath(), workspace.root());
        assertEquals("{}", workspace.read("p.json"));
        assertEquals(List.of("p.json"), workspace.list());
    }

    // ---- saving, history, recovery, preconditions ----

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] patch(int n) {
        return bytes("{\"boxes\": {}, \"n\": " + n + "}");
    }

    /** Every file below the folder (hidden ones too), relative, with '/' separators. */
    private static List<String> allFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static Kind kindOf(Executable action) {
        return assertThrows(WorkspaceException.class, action).kind();
    }

    @Test
    void saveCreatesThePatchAndItsFoldersAndLeavesNoTemporaryFile() throws IOException {
        Workspace workspace = new Workspace(root);
        Workspace.Saved created = workspace.save("a/b/p.json", patch(1), PatchPrecondition.NONE);
        assertTrue(created.created());
        Workspace.Saved updated = workspace.save("a/b/p.json", patch(2), PatchPrecondition.ifMatch(created.etag()));
        assertFalse(updated.created());
        assertArrayEquals(patch(2), Files.readAllBytes(root.resolve("a/b/p.json")));
        List<String> files = allFiles(root);
        assertTrue(files.stream().noneMatch(f -> f.contains(".tmp-")), files.toString());
        assertEquals(List.of("a/b/p.json"), workspace.list(), "the history is hidden from the list");
    }

    @Test
    void etagIsStrongQuotedAndFollowsTheBytes() throws IOException {
        assertEquals(PatchEtag.of(patch(1)), PatchEtag.of(patch(1)));
        assertNotEquals(PatchEtag.of(patch(1)), PatchEtag.of(patch(2)));
        assertTrue(PatchEtag.of(patch(1)).matches("\"[0-9a-f]{32}\""), PatchEtag.of(patch(1)));
        Workspace workspace = new Workspace(root);
        Workspace.Saved saved = workspace.save("p.json", patch(1), PatchPrecondition.NONE);
        assertEquals(PatchEtag.of(patch(1)), saved.etag());
        assertEquals(saved.etag(), workspace.load("p.json").etag());
        assertEquals(saved.etag(), new Workspace(root).load("p.json").etag(), "the same after a restart");
        Workspace.Saved again = workspace.save("p.json", patch(2), PatchPrecondition.ifMatch(saved.etag()));
        assertNotEquals(saved.etag(), again.etag());
        assertEquals(again.etag(), workspace.load("p.json").etag());
    }

    @Test
    void eachSaveKeepsThePreviousVersionAndTheHistoryKeepsExactlyTheLast50() throws IOException {
        Workspace workspace = new Workspace(root);
        String etag = workspace.save("sub/p.json", patch(0), PatchPrecondition.NONE).etag();
        for (int n = 1; n <= 55; n++) {
            etag = workspace.save("sub/p.json", patch(n), PatchPrecondition.ifMatch(etag)).etag();
        }
        List<WorkspaceHistory.Version> versions = workspace.versions("sub/p.json");
        assertEquals(WorkspaceHistory.KEEP, versions.size());
        for (int i = 0; i < versions.size(); i++) {
            assertArrayEquals(patch(54 - i), workspace.version("sub/p.json", versions.get(i).version()).bytes(),
                    "version " + i + " of the list, newest first");
            assertEquals(patch(54 - i).length, versions.get(i).size());
        }
        assertEquals(50, allFiles(root.resolve(".history")).size(), allFiles(root.resolve(".history")).toString());
        assertArrayEquals(patch(55), Files.readAllBytes(root.resolve("sub/p.json")));
    }

    @Test
    void versionNamesSortByAgeAndCarryTheirTime() throws IOException {
        Instant at = Instant.parse("2025-01-31T12:00:00.250Z");
        Workspace workspace = new Workspace(root, Clock.fixed(at, ZoneOffset.UTC));
        String etag = workspace.save("p.json", patch(0), PatchPrecondition.NONE).etag();
        for (int n = 1; n <= 3; n++) {
            etag = workspace.save("p.json", patch(n), PatchPrecondition.ifMatch(etag)).etag();
        }
        List<String> names = workspace.versions("p.json").stream().map(WorkspaceHistory.Version::version).toList();
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, names);
        assertEquals(3, new HashSet<>(names).size(), names.toString());
        String savedAt = workspace.versions("p.json").get(0).savedAt();
        assertEquals(at, Instant.parse(savedAt), "a version carries the time its clock gave");
    }

    @Test
    void savingTheSameBytesAgainKeepsNoExtraVersion() throws IOException {
        Workspace workspace = new Workspace(root);
        String etag = workspace.save("p.json", patch(1), PatchPrecondition.NONE).etag();
        assertEquals(etag, workspace.save("p.json", patch(1), PatchPrecondition.ifMatch(etag)).etag());
        assertEquals(0, workspace.versions("p.json").size());
    }

    @Test
    void deleteMovesThePatchIntoTheHistory() throws IOException {
        Workspace workspace = new Workspace(root);
        String etag = workspace.save("sub/p.json", patch(1), PatchPrecondition.NONE).etag();
        workspace.delete("sub/p.json", PatchPrecondition.ifMatch(etag));
        assertFalse(Files.exists(root.resolve("sub/p.json")));
        assertEquals(List.of(), workspace.list());
        assertEquals(Kind.MISSING, kindOf(() -> workspace.load("sub/p.json")));
        List<WorkspaceHistory.Version> versions = workspace.versions("sub/p.json");
        assertEquals(1, versions.size());
        assertArrayEquals(patch(1), workspace.version("sub/p.json", versions.get(0).version()).bytes());
        assertEquals(Kind.MISSING, kindOf(() -> workspace.delete("sub/p.json", PatchPrecondition.ANY)));
        assertTrue(workspace.save("sub/p.json", patch(2), PatchPrecondition.NONE).created(), "can be made again");
    }

    @Test
    void historyOfAPatchThatNeverWasIs404AndABadVersionIs400() throws IOException {
        Workspace workspace = new Workspace(root);
        assertEquals(Kind.MISSING, kindOf(() -> workspace.versions("never.json")));
        workspace.save("p.json", patch(1), PatchPrecondition.NONE);
        assertEquals(List.of(), workspace.versions("p.json"));
        assertEquals(Kind.MISSING, kindOf(() -> workspace.version("p.json", "2025-01-31T12-00-00.000Z-000000")));
        assertEquals(Kind.INVALID, kindOf(() -> workspace.version("p.json", "../../p")));
        assertEquals(Kind.INVALID, kindOf(() -> workspace.version("p.json", "")));
    }

    @Test
    void startingRemovesLeftoverTemporaryFilesAndKeepsThePatches() throws IOException {
        put(root, "p.json", "{\"whole\": true}");
        put(root, ".p.json.tmp-0123456789abcdef", "{\"half\": ");
        put(root, "sub/.q.json.tmp-fedcba9876543210", "{\"ha");
        put(root, ".history/p.json/.2025-01-31T12-00-00.000Z-000000.json.tmp-00000000000000ff", "{");
        put(root, ".notes", "kept: not one of ours");
        put(root, "sub/.x.json.tmp-notours", "kept: not one of ours");
        Workspace workspace = new Workspace(root);
        assertEquals(List.of(".notes", "p.json", "sub/.x.json.tmp-notours"), allFiles(root));
        assertEquals("{\"whole\": true}", workspace.read("p.json"));
        assertEquals(List.of("p.json"), workspace.list());
    }

    @Test
    void replacingOrDeletingNeedsTheCurrentEtag() throws IOException {
        Workspace workspace = new Workspace(root);
        String first = workspace.save("p.json", patch(1), PatchPrecondition.NONE).etag();
        assertEquals(Kind.CONDITION_REQUIRED, kindOf(() -> workspace.save("p.json", patch(2), PatchPrecondition.NONE)));
        assertEquals(Kind.CONDITION_REQUIRED, kindOf(() -> workspace.delete("p.json", PatchPrecondition.NONE)));
        String second = workspace.save("p.json", patch(2), PatchPrecondition.ifMatch(first)).etag();
        WorkspaceConflict stale = assertThrows(WorkspaceConflict.class,
                () -> workspace.save("p.json", patch(3), PatchPrecondition.ifMatch(first)));
        assertEquals(Kind.STALE, stale.kind());
        assertEquals(second, stale.currentEtag());
        assertEquals(Kind.STALE, kindOf(() -> workspace.delete("p.json", PatchPrecondition.ifMatch(first))));
        assertEquals(Kind.CONDITION_FAILED, kindOf(() -> workspace.save("p.json", patch(3), PatchPrecondition.of(null, "*"))));
        assertEquals(Kind.CONDITION_FAILED, kindOf(() -> workspace.save("new.json", patch(3), PatchPrecondition.ANY)));
        assertEquals(Kind.CONDITION_FAILED, kindOf(() -> workspace.save("new.json", patch(3), PatchPrecondition.ifMatch(first))));
        assertFalse(Files.exists(root.resolve("new.json")));
        workspace.save("p.json", patch(4), PatchPrecondition.ANY);
        assertArrayEquals(patch(4), Files.readAllBytes(root.resolve("p.json")));
        assertEquals(2, workspace.versions("p.json").size(), "failed writes keep nothing");
    }

    @Test
    void concurrentSavesWithTheSameEtagLetExactlyOneWin() throws Exception {
        Workspace workspace = new Workspace(root);
        String etag = workspace.save("p.json", patch(0), PatchPrecondition.NONE).etag();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 1; round <= 20; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> results = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    byte[] mine = patch(round * 100 + t);
                    String expected = etag;
                    Callable<String> save = () -> {
                        start.await();
                        try {
                            return workspace.save("p.json", mine, PatchPrecondition.ifMatch(expected)).etag();
                        } catch (WorkspaceConflict e) {
                            return "409 " + e.currentEtag();
                        }
                    };
                    results.add(pool.submit(save));
                }
                start.countDown();
                List<String> winners = new ArrayList<>();
                List<String> losers = new ArrayList<>();
                for (Future<String> result : results) {
                    String outcome = result.get();
                    (outcome.startsWith("409 ") ? losers : winners).add(outcome);
                }
                assertEquals(1, winners.size(), "round " + round + ": " + winners);
                etag = winners.get(0);
                for (String loser : losers) {
                    assertEquals("409 " + etag, loser, "a loser is told the winner's ETag");
                }
                assertEquals(etag, workspace.load("p.json").etag());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(20, workspace.versions("p.json").size());
    }

    @Test
    void saveThroughASymlinkedFolderPointingOutsideIsRejectedAndWritesNothing() throws IOException {
        Files.createSymbolicLink(root.resolve("linked"), outside);
        Workspace workspace = new Workspace(root);
        assertEquals(Kind.INVALID, kindOf(() -> workspace.save("linked/new.json", patch(1), PatchPrecondition.NONE)));
        assertEquals(Kind.INVALID, kindOf(() -> workspace.save("linked/deeper/new.json", patch(1), PatchPrecondition.NONE)));
        assertEquals(List.of(), allFiles(outside));
    }

    @Test
    void aLinkIntoTheHistoryIsNoPatch() throws IOException {
        Workspace workspace = new Workspace(root);
        String etag = workspace.save("p.json", patch(1), PatchPrecondition.NONE).etag();
        workspace.save("p.json", patch(2), PatchPrecondition.ifMatch(etag));
        Path version;
        try (Stream<Path> versions = Files.list(root.resolve(".history/p.json"))) {
            version = versions.findFirst().orElseThrow();
        }
        Files.createSymbolicLink(root.resolve("old.json"), version);
        Files.createSymbolicLink(root.resolve("hist"), root.resolve(".history"));
        assertEquals(Kind.INVALID, kindOf(() -> workspace.save("old.json", patch(3), PatchPrecondition.ANY)));
        assertEquals(Kind.INVALID, kindOf(() -> workspace.save("hist/x.json", patch(3), PatchPrecondition.NONE)));
        assertEquals(List.of("p.json"), workspace.list());
        assertArrayEquals(patch(1), Files.readAllBytes(version));
    }

    @Test
    void saveOrDeleteThroughALinkInsideIsRefusedAndChangesNothing() throws IOException {
        put(root, "real/p.json", "{\"n\": 0}");
        Files.createSymbolicLink(root.resolve("alias.json"), root.resolve("real/p.json"));
        Files.createSymbolicLink(root.resolve("linked"), root.resolve("real"));
        Workspace workspace = new Workspace(root);
        assertEquals(Kind.INVALID, kindOf(() -> workspace.save("alias.json", patch(1), PatchPrecondition.ANY)));
        assertEquals(Kind.INVALID, kindOf(() -> workspace.save("linked/p.json", patch(1), PatchPrecondition.ANY)));
        assertEquals(Kind.INVALID, kindOf(() -> workspace.save("linked/new.json", patch(1), PatchPrecondition.NONE)));
        assertEquals(Kind.INVALID, kindOf(() -> workspace.delete("alias.json", PatchPrecondition.ANY)));
        assertEquals(Kind.INVALID, kindOf(() -> workspace.delete("linked/p.json", PatchPrecondition.ANY)));
        assertTrue(Files.isSymbolicLink(root.resolve("alias.json")), "the link stays a link");
        assertEquals("{\"n\": 0}", Files.readString(root.resolve("real/p.json")));
        assertFalse(Files.exists(root.resolve("real/new.json")));
        assertEquals(0, workspace.versions("real/p.json").size());
        assertEquals("{\"n\": 0}", workspace.read("alias.json"), "reading through the link still works");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb.json", "a\rb.json", "a\u0000b.json", "a\u007fb.json", "a\u0085b.json", "a\u009bb.json",
            "a\u001b[31m.json", "d\n/p.json", "\ud800.json", "a\udc00b.json"})
    void namesWithControlCharactersOrLoneSurrogatesAreInvalid(String name) throws IOException {
        Workspace workspace = new Workspace(root);
        assertEquals(Kind.INVALID, kindOf(workspace, name));
        assertEquals(Kind.INVALID, kindOf(() -> workspace.save(name, patch(1), PatchPrecondition.NONE)));
        assertEquals(List.of(), allFiles(root));
    }

    @Test
    void listLeavesOutFilesWhoseNamesCannotBeOpened() throws IOException {
        put(root, "p.json", "{}");
        put(root, "a\nb.json", "{}");
        put(root, "d\u001b[31m/p.json", "{}");
        assertEquals(List.of("p.json"), new Workspace(root).list());
    }

    @Test
    void namesWithOtherUnicodeAreFine() throws IOException {
        Workspace workspace = new Workspace(root);
        assertTrue(workspace.save("caf\u00e9 \ud83c\udfb5 \u266b.json", patch(1), PatchPrecondition.NONE).created());
    }

    @Test
    void pathsThatCannotBePatchFilesAre400NotCrashes() throws IOException {
        put(root, "a.json", "{}");
        Files.createDirectories(root.resolve("folder.json"));
        Workspace workspace = new Workspace(root);
        assertEquals(Kind.INVALID, kindOf(() -> workspace.save("a.json/b.json", patch(1), PatchPrecondition.NONE)));
        assertEquals(Kind.INVALID, kindOf(() -> workspace.save("folder.json", patch(1), PatchPrecondition.NONE)));
        assertEquals(Kind.INVALID, kindOf(() -> workspace.delete("folder.json", PatchPrecondition.ANY)));
        String longName = "n".repeat(Workspace.MAX_NAME_BYTES) + ".json";
        assertEquals(Kind.INVALID, kindOf(() -> workspace.save(longName, patch(1), PatchPrecondition.NONE)));
        String longPath = ("d".repeat(100) + "/").repeat(10) + "p.json";
        assertEquals(Kind.INVALID, kindOf(() -> workspace.save(longPath, patch(1), PatchPrecondition.NONE)));
        String longest = "n".repeat(Workspace.MAX_NAME_BYTES - 5) + ".json";
        assertTrue(workspace.save(longest, patch(1), PatchPrecondition.NONE).created());
        workspace.save(longest, patch(2), PatchPrecondition.ANY);
        assertEquals(1, workspace.versions(longest).size());
    }
}
