package dev.faustwire.server.workspace;

import dev.faustwire.server.workspace.WorkspaceException.Kind;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Earlier versions of the patches, as {@code .history/<patch path>/<version>.json}; a version is named by the
 * time it was replaced or deleted plus a counter, so names sort by age. The newest {@link #KEEP} of a patch stay.
 * Callers hold the patch's lock.
 */
final class WorkspaceHistory {
    static final String FOLDER = ".history";
    static final int KEEP = 50;

    private static final String SUFFIX = ".json";
    private static final Pattern VERSION =
            Pattern.compile("(\\d{4}-\\d\\d-\\d\\d)T(\\d\\d)-(\\d\\d)-(\\d\\d\\.\\d{3})Z-(\\d{6})");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** One kept version: its name, when it was set aside (ISO 8601) and its size in bytes. */
    public record Version(String version, String savedAt, long size) {
    }

    private final Path folder;
    private final Clock clock;

    WorkspaceHistory(Path root, Clock clock) {
        this.folder = root.resolve(FOLDER);
        this.clock = clock;
    }

    /** Keeps a copy of the bytes as the newest version of the patch; returns the version's name. */
    String keep(String patch, byte[] bytes) throws IOException {
        try {
            Path versions = Files.createDirectories(folder.resolve(patch));
            String version = next(makeRoom(versions));
            WorkspaceFiles.write(versions, version + SUFFIX, bytes);
            return version;
        } catch (IOException e) {
            throw cannotKeep(patch, e);
        }
    }

    /** Moves the patch file itself in as the newest version; returns the version's name. */
    String moveIn(String patch, Path file) throws IOException {
        try {
            Path versions = Files.createDirectories(folder.resolve(patch));
            String version = next(makeRoom(versions));
            WorkspaceFiles.move(file, versions, version + SUFFIX);
            return version;
        } catch (IOException e) {
            throw cannotKeep(patch, e);
        }
    }

    /**
     * The history of a patch cannot be written (a name in its folder is taken by a version of another patch, or
     * the disk refuses): the save or delete that needed it is refused, so no version is lost.
     */
    private static WorkspaceException cannotKeep(String patch, IOException e) {
        String why = e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException
                ? "a file of another patch's history is where its folder would be" : "the disk refused";
        return new WorkspaceException(Kind.CONFLICT, "the earlier version of " + patch
                + " cannot be kept in the history (" + why + "), so it is left as it is");
    }

    /** The kept versions of a patch, newest first. */
    List<Version> versions(String patch) throws IOException {
        Path versions = folder.resolve(patch);
        List<String> names;
        try {
            names = names(versions);
        } catch (IOException e) {
            throw new WorkspaceException(Kind.CONFLICT, "the history of " + patch + " cannot be listed");
        }
        Collections.reverse(names);
        List<Version> found = new ArrayList<>();
        for (String name : names) {
            try {
                found.add(new Version(name, savedAt(name), Files.size(versions.resolve(name + SUFFIX))));
            } catch (IOException e) {
                // pruned while we looked, or no longer readable: not a version to offer
            }
        }
        return found;
    }

    /** The bytes of one version; INVALID for a name that is no version, MISSING for one not kept. */
    byte[] read(String patch, String version) throws IOException {
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new WorkspaceException(Kind.INVALID, "a version looks like 2025-01-31T12-00-00.000Z-000000");
        }
        Path file = folder.resolve(patch).resolve(version + SUFFIX);
        WorkspaceException missing = new WorkspaceException(Kind.MISSING, "no version " + version + " of " + patch);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw missing;
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException | NotDirectoryException e) {
            throw missing;
        } catch (IOException e) {
            throw new WorkspaceException(Kind.CONFLICT, "version " + version + " of " + patch + " cannot be read");
        }
    }

    /** The version names in a folder, oldest first; none when the folder is missing. */
    private static List<String> names(Path versions) throws IOException {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(versions)) {
            return names;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(versions, "*" + SUFFIX)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                name = name.substring(0, name.length() - SUFFIX.length());
                if (VERSION.matcher(name).matches() && Files.isRegularFile(entry)) {
                    names.add(name);
                }
            }
        }
        names.sort(Comparator.naturalOrder());
        return names;
    }

    /** A name after every existing one: now, or the newest name's time with the next counter if the clock lags. */
    private String next(List<String> names) {
        String now = STAMP.format(clock.instant()) + "-000000";
        if (names.isEmpty() || now.compareTo(names.get(names.size() - 1)) > 0) {
            return now;
        }
        String newest = names.get(names.size() - 1);
        int dash = newest.lastIndexOf('-');
        long counter = Long.parseLong(newest.substring(dash + 1)) + 1;
        return newest.substring(0, dash + 1) + String.format("%06d", counter);
    }

    /**
     * Deletes the oldest versions until one more fits under {@link #KEEP}; returns the names left. Pruning before the
     * new version is added means a crash between the two never leaves more than {@link #KEEP}.
     */
    private static List<String> makeRoom(Path versions) throws IOException {
        List<String> names = names(versions);
        while (names.size() >= KEEP) {
            Files.deleteIfExists(versions.resolve(names.remove(0) + SUFFIX));
        }
        return names;
    }

    /** The instant in a version name, as ISO 8601: {@code 2025-01-31T12:00:00.000Z}. */
    static String savedAt(String version) {
        Matcher m = VERSION.matcher(version);
        if (!m.matches()) {
            throw new IllegalArgumentException(version);
        }
        return m.group(1) + "T" + m.group(2) + ":" + m.group(3) + ":" + m.group(4) + "Z";
    }
}
