package dev.faustwire.web;

import dev.faustwire.core.editor.PatchEditor;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;

/** Tells the editor the canvas's size when the window changes, and remembers the view after each paint. */
final class Viewport {
    private Viewport() {
    }

    static void track(HTMLElement area, PatchEditor editor, Page page, ViewMemory views) {
        Runnable measure = () -> editor.setViewport(Dom.width(area), Dom.height(area));
        measure.run();
        Window.current().addEventListener("resize", event -> {
            measure.run();
            page.refreshSoon();
        });
        page.onPaint(views::remember);
    }
}
