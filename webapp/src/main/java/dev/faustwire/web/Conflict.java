package dev.faustwire.web;

import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.model.Patch;
import dev.faustwire.session.Document;
import dev.faustwire.session.EditingSession;

/**
 * A save over a version someone else saved meanwhile. The person chooses; every choice leaves
 * both versions recoverable, in the file or in its history:
 * keep mine (theirs goes to the history), take theirs (mine is saved first, so it is in the history,
 * then theirs again on top), or save mine as a copy beside theirs.
 */
final class Conflict {
    static final String[] CHOICES = {"Keep mine", "Take theirs", "Save mine as a copy"};

    private final Files files;
    private final EditingSession session;
    private final Dialogs dialogs;

    Conflict(Files files, EditingSession session, Dialogs dialogs) {
        this.files = files;
        this.session = session;
        this.dialogs = dialogs;
    }

    void show(String path, Patch mine) {
        dialogs.choose("Someone else saved " + path + " after you opened it. Their version and yours differ.",
                CHOICES, choice -> {
                    switch (choice) {
                        case 0 -> keepMine(path, mine);
                        case 1 -> takeTheirs(path, mine);
                        default -> saveCopy(path, mine, 1);
                    }
                });
    }

    private void keepMine(String path, Patch mine) {
        Http.send("GET", Files.url(path), null, null, null, (status, theirEtag, text) ->
                files.put(path, status == 200 ? theirEtag : null, mine, false));
    }

    private void takeTheirs(String path, Patch mine) {
        Http.send("GET", Files.url(path), null, null, null, (status, theirEtag, theirs) -> {
            if (status != 200) {
                dialogs.alert("Their version of " + path + " cannot be read (HTTP " + status + ").");
                return;
            }
            Http.send("PUT", Files.url(path), PatchWriter.write(mine), "If-Match", theirEtag, (s1, mineEtag, t1) -> {
                if (s1 != 200) {
                    dialogs.alert("Cannot keep your version in the history: " + Problems.detail(t1, s1));
                    return;
                }
                Http.send("PUT", Files.url(path), theirs, "If-Match", mineEtag, (s2, etag, t2) -> {
                    if (s2 != 200) {
                        dialogs.alert("Cannot put their version back: " + Problems.detail(t2, s2));
                        return;
                    }
                    files.openText(Document.inWorkspace(path, etag), theirs);
                });
            });
        });
    }

    /** Saves mine under the first free name {@code NAME-mine.json}, {@code NAME-mine-2.json}... */
    private void saveCopy(String path, Patch mine, int attempt) {
        String copy = copyName(path, attempt);
        Http.send("PUT", Files.url(copy), PatchWriter.write(mine), "If-None-Match", "*", (status, etag, text) -> {
            if (status == 412 && attempt < 50) {
                saveCopy(path, mine, attempt + 1);
            } else if (status == 201) {
                session.saved(Document.inWorkspace(copy, etag).savedAs(mine));
                files.afterCopy(copy);
            } else {
                dialogs.alert("Cannot save a copy: " + Problems.detail(text, status));
            }
        });
    }

    static String copyName(String path, int attempt) {
        int dot = path.lastIndexOf('.');
        String stem = dot > path.lastIndexOf('/') ? path.substring(0, dot) : path;
        String extension = dot > path.lastIndexOf('/') ? path.substring(dot) : ".json";
        return stem + "-mine" + (attempt == 1 ? "" : "-" + attempt) + extension;
    }
}
