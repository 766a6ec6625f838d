package dev.faustwire.web;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.edit.Command;
import dev.faustwire.core.imports.ImportAnswer;
import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.io.ReadResult;
import dev.faustwire.core.model.Patch;
import dev.faustwire.session.Document;
import dev.faustwire.session.EditingSession;
import java.util.List;
import java.util.Map;

/**
 * The patch as a file of the workspace: open, new, save (with the server's ETag, so a save over
 * someone else's never overwrites silently), save as, rename, delete, and a file from disk.
 * Conflicts, history and drafts have their own classes; this one talks to the server.
 */
final class Files {
    private final Page page;
    private final EditingSession session;
    private final WorkspaceList list;
    private final Dialogs dialogs;
    private final ViewMemory views;
    private Runnable afterSave = () -> { };
    private Runnable onOpened = () -> { };
    /** The abstractions of an imported patch, written beside it when it is first saved. */
    private Map<String, Patch> companions = Map.of();

    Files(Page page, WorkspaceList list, Dialogs dialogs, ViewMemory views) {
        this.page = page;
        this.session = page.session();
        this.list = list;
        this.dialogs = dialogs;
        this.views = views;
    }

    void afterSave(Runnable listener) {
        afterSave = listener;
    }

    /** Called when another patch is opened (from the workspace, from disk, imported, new, a draft). */
    void onOpened(Runnable listener) {
        onOpened = listener;
    }

    static String url(String path) {
        return "/api/patches/" + Dom.encodePath(path);
    }

    /** Opens a patch of the workspace. */
    void open(String path) {
        Http.send("GET", url(path), null, null, null, (status, etag, text) -> {
            if (status != 200) {
                dialogs.alert("Cannot open " + path + " (HTTP " + status + ").");
                return;
            }
            openText(Document.inWorkspace(path, etag), text);
        });
    }

    /** Opens a file's text: from the workspace, from disk (no path), or dropped on the page. */
    void openText(Document document, String text) {
        List<Diagnostic> problems = session.open(document, text);
        if (!problems.isEmpty()) {
            page.showReadProblems(problems);
            return;
        }
        companions = Map.of();
        onOpened.run();
        views.restore(document.path());
        list.markOpen(document.path());
        page.patchReplaced();
    }

    /** Opens a file from disk, which has no place in the workspace until it is saved. */
    void openFromDisk(String name, String text) {
        openText(new Document(name, null, null, null), text);
    }

    /**
     * Opens an imported Gen patcher as a new document named after its file, unsaved: the first save asks
     * where, and writes its abstractions' patches beside it ({@link CompanionFiles}).
     */
    void openImported(ImportAnswer answer) {
        session.open(new Document(answer.name(), null, null, null), answer.patch());
        companions = answer.files();
        onOpened.run();
        views.restore(null);
        list.markOpen(null);
        page.patchReplaced();
    }

    /** The files the first save writes beside the open patch (an unsaved import's abstractions). */
    Map<String, Patch> companions() {
        return companions;
    }

    /** Starts an empty patch, after asking when the open one has unsaved changes. */
    void newPatch() {
        if (session.unsaved() && !Dom.confirm("Discard the unsaved changes to " + session.document().name() + "?")) {
            return;
        }
        session.open(Document.untitled(), Patch.EMPTY);
        companions = Map.of();
        onOpened.run();
        views.restore(null);
        list.markOpen(null);
        page.patchReplaced();
    }

    /** Saves in place; a patch without a path is saved as. */
    void save() {
        Document document = session.document();
        if (document.path() == null) {
            saveAs();
            return;
        }
        put(document.path(), document.etag(), session.model().patch(), false);
    }

    void saveAs() {
        Document document = session.document();
        String suggested = document.path() != null ? document.path() : withExtension(document.name());
        dialogs.askName("Save as", suggested, path -> put(withExtension(path), null, session.model().patch(), true));
    }

    /**
     * Writes a patch: over the version of that ETag, or as a new file when {@code etag} is null.
     * A stale ETag (someone saved meanwhile) opens the conflict dialog.
     */
    void put(String path, String etag, Patch patch, boolean asNew) {
        String header = etag != null ? "If-Match" : "If-None-Match";
        String value = etag != null ? etag : "*";
        Http.send("PUT", url(path), PatchWriter.write(patch), header, value, (status, newEtag, text) -> {
            if (status == 200 || status == 201) {
                Document saved = Document.inWorkspace(path, newEtag).savedAs(patch);
                session.saved(saved);
                views.moveTo(path);
                new CompanionFiles(dialogs, list, session.document().name()).save(path, companions);
                companions = Map.of();
                afterSave.run();
                list.reload(path);
                page.refresh();
            } else if (status == 409 || (status == 412 && !asNew)) {
                new Conflict(this, session, dialogs).show(path, patch);
            } else if (status == 412) {
                dialogs.alert(path + " exists already: choose another name.");
            } else {
                dialogs.alert("Cannot save " + path + ": " + Problems.detail(text, status));
            }
        });
    }

    /** Moves the open patch to another path: saved there first, then deleted here. */
    void rename() {
        Document document = session.document();
        if (document.path() == null) {
            saveAs();
            return;
        }
        dialogs.askName("Rename", document.path(), to -> {
            String path = withExtension(to);
            Patch patch = session.model().patch();
            Http.send("PUT", url(path), PatchWriter.write(patch), "If-None-Match", "*", (status, etag, text) -> {
                if (status != 201) {
                    dialogs.alert("Cannot rename to " + path + ": " + Problems.detail(text, status));
                    return;
                }
                Http.send("DELETE", url(document.path()), null, "If-Match", document.etag(), (s, e, t) -> {
                    session.saved(Document.inWorkspace(path, etag).savedAs(patch));
                    views.moveTo(path);
                    list.reload(path);
                    page.refresh();
                });
            });
        });
    }

    /** Deletes the open patch from the workspace (its versions stay in the history). */
    void delete() {
        Document document = session.document();
        if (document.path() == null || !Dom.confirm("Delete " + document.path() + "? Its versions stay in the history.")) {
            return;
        }
        Http.send("DELETE", url(document.path()), null, "If-Match", document.etag(), (status, etag, text) -> {
            if (status == 204) {
                session.open(Document.untitled(), Patch.EMPTY);
                companions = Map.of();
                onOpened.run();
                list.reload(null);
                page.patchReplaced();
            } else {
                dialogs.alert("Cannot delete " + document.path() + ": " + Problems.detail(text, status));
            }
        });
    }

    /** Makes the open patch equal to an earlier version, as one step that undo takes back. */
    void restore(String versionText) {
        ReadResult read = PatchReader.read(versionText);
        if (read.patch() != null) {
            session.model().apply(new Command.Restore(read.patch()));
            page.refresh();
        }
    }

    /** A draft was opened in the session: show it, with the files its first save writes beside it. */
    void restored(String path, Map<String, Patch> draftFiles) {
        companions = draftFiles;
        onOpened.run();
        views.restore(path);
        list.markOpen(path);
        page.patchReplaced();
    }

    /** The open patch was saved as a copy at that path: it is the open document now. */
    void afterCopy(String path) {
        views.moveTo(path);
        afterSave.run();
        list.reload(path);
        page.refresh();
    }

    static String withExtension(String path) {
        String p = path.trim();
        return p.endsWith(".json") || p.endsWith(".dsppat") ? p : p + ".json";
    }
}
