package dev.faustwire.server.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM saves one patch in a loop ({@link WorkspaceSaveLoop}) and is killed with SIGKILL at a random moment,
 * 20 times; after each kill a new {@link Workspace} recovers the folder, and the patch must be whole: the version
 * being written or the one before it, byte for byte, with no temporary file left.
 */
class WorkspaceCrashIT {
    private static final int KILLS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    /** What the child said before it died. */
    private record Child(Long lastWriting, Long lastSaved, String stderr) {
    }

    @Test
    void aSaveKilledAtAnyMomentLeavesTheOldOrTheNewVersion() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("ws"));
        new Workspace(folder).save(WorkspaceSaveLoop.PATCH, WorkspaceSaveLoop.version(0), PatchPrecondition.NONE);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        long next = 1;
        int midSave = 0;
        int midSaveNew = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            Child child = runAndKill(folder, next, 50 + random.nextInt(451), temp.resolve("stderr-" + kill + ".txt"));
            String context = "kill " + kill + " (seed " + seed + "), child " + child;

            Workspace workspace = new Workspace(folder);
            assertEquals(List.of(), temporaryFiles(folder), context);
            byte[] onDisk = Files.readAllBytes(folder.resolve(WorkspaceSaveLoop.PATCH));
            JsonNode patch = JSON.readTree(onDisk);
            assertTrue(patch.isObject(), context);
            long counter = patch.path("counter").asLong(-1);
            assertArrayEquals(WorkspaceSaveLoop.version(counter), onDisk, context + ": not byte for byte version " + counter);
            long writing = child.lastWriting() == null ? next - 1 : child.lastWriting();
            if (child.lastSaved() != null && child.lastSaved() == writing) {
                assertEquals(writing, counter, context + ": a finished save must stay");
            } else {
                assertTrue(counter == writing || counter == writing - 1, context + ": found version " + counter);
                if (child.lastWriting() != null) {
                    midSave++;
                    midSaveNew += counter == writing ? 1 : 0;
                }
            }
            checkHistory(workspace, context);
            next = counter + 1;
        }
        System.out.printf("WorkspaceCrashIT: %d kills, %d during a save (%d after the rename, %d before), "
                + "%d versions written, seed %d%n", KILLS, midSave, midSaveNew, midSave - midSaveNew, next, seed);
    }

    /** Starts the save loop, kills it with SIGKILL the given milliseconds after it is ready, and reads what it said. */
    private Child runAndKill(Path folder, long first, int delayMillis, Path stderr) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path notes = stderr.resolveSibling(stderr.getFileName() + ".notes");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                WorkspaceSaveLoop.class.getName(), folder.toString(), Long.toString(first), notes.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
        assertTrue(process.toHandle().supportsNormalTermination(), "destroyForcibly must differ from destroy (SIGKILL)");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!(Files.exists(notes) && Files.readString(notes).startsWith("ready\n"))) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    fail("the save loop did not start: " + Files.readString(stderr));
                }
                Thread.sleep(5);
            }
            Thread.sleep(delayMillis);
        } finally {
            process.destroyForcibly();
        }
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the killed child did not end");
        assertEquals(128 + 9, process.exitValue(), "killed by SIGKILL; stderr: " + Files.readString(stderr));
        List<String> lines = Files.readAllLines(notes, StandardCharsets.UTF_8);
        Long lastWriting = null;
        Long lastSaved = null;
        for (String line : lines) {
            if (line.matches("writing \\d+")) {
                lastWriting = Long.parseLong(line.substring(8));
            } else if (line.matches("saved \\d+")) {
                lastSaved = Long.parseLong(line.substring(6));
            }
        }
        return new Child(lastWriting, lastSaved, Files.readString(stderr));
    }

    private static List<String> temporaryFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(f -> folder.relativize(f).toString()).filter(f -> f.contains(".tmp-")).toList();
        }
    }

    /** Every kept version is one whole version of the patch, and there are at most 50. */
    private static void checkHistory(Workspace workspace, String context) throws IOException {
        List<WorkspaceHistory.Version> versions = workspace.versions(WorkspaceSaveLoop.PATCH);
        assertTrue(versions.size() <= WorkspaceHistory.KEEP, context + ": " + versions.size() + " versions");
        for (WorkspaceHistory.Version version : versions) {
            byte[] bytes = workspace.version(WorkspaceSaveLoop.PATCH, version.version()).bytes();
            long counter = JSON.readTree(bytes).path("counter").asLong(-1);
            assertArrayEquals(WorkspaceSaveLoop.version(counter), bytes, context + ": history " + version);
        }
    }
}
