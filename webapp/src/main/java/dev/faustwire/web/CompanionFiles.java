package dev.faustwire.web;

import dev.faustwire.core.io.PatchReader;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.core.io.ReadResult;
import dev.faustwire.core.model.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The abstractions' patches of an imported Gen patcher, written beside it when it is first saved, one
 * after the other: a new file is created; a file of that name with the same patch is left; one that
 * differs is replaced only when the person says so (its old version stays in the history).
 */
final class CompanionFiles {
    private final Dialogs dialogs;
    private final WorkspaceList list;
    private final String importedName;

    CompanionFiles(Dialogs dialogs, WorkspaceList list, String importedName) {
        this.dialogs = dialogs;
        this.list = list;
        this.importedName = importedName;
    }

    /** Writes the files in the folder of the patch saved at {@code patchPath}. */
    void save(String patchPath, Map<String, Patch> files) {
        if (files.isEmpty()) {
            return;
        }
        String folder = patchPath.substring(0, patchPath.lastIndexOf('/') + 1);
        List<String> paths = new ArrayList<>();
        List<Patch> patches = new ArrayList<>();
        for (Map.Entry<String, Patch> file : files.entrySet()) {
            paths.add(folder + file.getKey());
            patches.add(file.getValue());
        }
        next(paths, patches, 0, () -> list.reload(patchPath));
    }

    private void next(List<String> paths, List<Patch> patches, int i, Runnable done) {
        if (i == paths.size()) {
            done.run();
            return;
        }
        String path = paths.get(i);
        Patch patch = patches.get(i);
        Runnable then = () -> next(paths, patches, i + 1, done);
        Http.send("PUT", Files.url(path), PatchWriter.write(patch), "If-None-Match", "*", (status, etag, text) -> {
            if (status == 201 || status == 200) {
                then.run();
            } else if (status == 412) {
                askBeforeReplacing(path, patch, then);
            } else {
                tell("Cannot save " + path + ": " + Problems.detail(text, status), then);
            }
        });
    }

    private void askBeforeReplacing(String path, Patch patch, Runnable then) {
        Http.send("GET", Files.url(path), null, null, null, (status, etag, text) -> {
            ReadResult read = status == 200 ? PatchReader.read(text) : null;
            if (read != null && patch.equals(read.patch())) {
                then.run();
                return;
            }
            dialogs.choose(path + " is in the workspace already and differs from the abstraction imported with "
                    + importedName + ".", new String[] {"Keep the workspace's", "Replace it (the old one stays in the history)"},
                    choice -> {
                        if (choice != 1 || etag == null) {
                            then.run();
                            return;
                        }
                        Http.send("PUT", Files.url(path), PatchWriter.write(patch), "If-Match", etag, (s, e, t) -> {
                            if (s == 200 || s == 201) {
                                then.run();
                            } else {
                                tell("Cannot replace " + path + ": " + Problems.detail(t, s), then);
                            }
                        });
                    });
        });
    }

    private void tell(String message, Runnable then) {
        dialogs.choose(message, new String[] {"OK"}, choice -> then.run());
    }
}
