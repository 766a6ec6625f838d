package dev.faustwire.web;

import dev.faustwire.core.imports.FileKind;
import org.teavm.jso.dom.html.HTMLDocument;

/**
 * Opens files from disk, from the file picker or dropped on the page: a patch ({@code .json},
 * {@code .dsppat}) as it is, a Max gen~ patcher ({@code .gendsp}, {@code .maxpat}) through the import.
 */
final class FileDrop {
    private FileDrop() {
    }

    static void install(HTMLDocument document, Files files, GenImports imports, Dialogs dialogs) {
        document.getElementById("file-picker").addEventListener("change", event -> {
            String name = Dom.chosenFileName(event);
            Dom.readChosenFile(event, text -> open(name, text, files, imports, dialogs));
        });
        Dom.onFileDrop(document, (name, text) -> {
            if (FileKind.of(name) == FileKind.OTHER) {
                dialogs.alert(FileKind.refusal(name));
                return "refused";
            }
            if (text != null) {
                open(name, text, files, imports, dialogs);
            }
            return "";
        });
    }

    private static void open(String name, String text, Files files, GenImports imports, Dialogs dialogs) {
        switch (FileKind.of(name)) {
            case PATCH -> files.openFromDisk(name, text);
            case GEN -> imports.importFile(name, text);
            default -> dialogs.alert(FileKind.refusal(name));
        }
    }
}
