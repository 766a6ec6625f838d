package dev.faustwire.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** Drops on the rack or on a strip: a file (its name and text) or a text (a workspace address, Faust text). */
final class RackFiles {
    private RackFiles() {
    }

    /** Told what was dropped: a file's name and text, or an empty name and the text dropped. */
    @JSFunctor
    interface Dropped extends JSObject {
        void dropped(String name, String text);
    }

    /**
     * Takes drops on an element (and not on the page behind it, which would open the file in the editor);
     * the element has the class {@code drop-here} while something is dragged over it.
     */
    @JSBody(params = {"element", "dropped"}, script = "element.addEventListener('dragover', function(e) {"
            + " e.preventDefault(); e.stopPropagation(); if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';"
            + " element.classList.add('drop-here'); });"
            + " element.addEventListener('dragleave', function() { element.classList.remove('drop-here'); });"
            + " element.addEventListener('drop', function(e) { e.preventDefault(); e.stopPropagation();"
            + " element.classList.remove('drop-here'); var t = e.dataTransfer; if (!t) return;"
            + " var f = t.files && t.files[0];"
            + " if (f) { var r = new FileReader(); r.onload = function() { dropped(f.name, String(r.result)); };"
            + " r.readAsText(f); return; }"
            + " var text = t.getData('text/plain') || t.getData('text/uri-list'); if (text) dropped('', text); });")
    static native void onDrop(JSObject element, Dropped dropped);
}
