package dev.faustwire.web;

import org.teavm.jso.dom.html.HTMLDocument;

/** Opens patch files from disk: the file picker, and a {@code .json} or {@code .dsppat} file dropped on the page. */
final class FileDrop {
    private FileDrop() {
    }

    static void install(HTMLDocument document, Files files) {
        document.getElementById("file-picker").addEventListener("change", event -> {
            String name = Dom.chosenFileName(event);
            Dom.readChosenFile(event, text -> files.openFromDisk(name, text));
        });
        Dom.onFileDrop(document, (name, text) -> {
            files.openFromDisk(name, text);
            return "";
        });
    }
}
