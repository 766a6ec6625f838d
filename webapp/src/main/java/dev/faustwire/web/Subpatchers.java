package dev.faustwire.web;

import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.editor.Action;
import dev.faustwire.core.editor.ClockDomain;
import dev.faustwire.core.editor.KeyMap;
import dev.faustwire.core.editor.PatchEditor;
import dev.faustwire.core.editor.TextField;
import dev.faustwire.core.json.JsonParser;
import dev.faustwire.core.json.JsonValue;
import dev.faustwire.core.json.JsonValue.JsonArray;
import dev.faustwire.core.json.JsonValue.JsonObject;
import dev.faustwire.core.json.JsonValue.JsonString;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.subpatch.Breadcrumbs;
import dev.faustwire.core.subpatch.SubpatchFiles;
import dev.faustwire.session.Document;
import dev.faustwire.session.EditingSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Sub-patchers in the page: a double-click or Enter on a {@code p} box opens it in the canvas (a
 * {@code p ./file.dsppat} box opens that file as the document, the one it came from kept for the
 * way back), Ctrl+Up goes up a level, Shift+Enter edits a {@code p} box's text, Encapsulate and
 * De-encapsulate say why when they refuse. Its listeners run before the canvas's own (capture
 * phase), so the canvas keeps its meaning for every other box; Enter on a focused button is left to
 * the button.
 */
final class Subpatchers {
    /** A document left by opening a file sub-patcher: as it was (unsaved changes too), and the level it was at. */
    private record Parent(Document document, Patch patch, List<String> level, ClockDomain around) {
    }

    private final Page page;
    private final EditingSession session;
    private final PatchEditor editor;
    private final Files files;
    private final Dialogs dialogs;
    private final BoxField field;
    private final LevelTrail trail;
    private final List<Parent> parents = new ArrayList<>();
    /** The path of the document this trail belongs to: another document opened elsewhere ends the trail. */
    private String trailPath;
    private String notice = "";
    /** A file to open once the save asked for first has succeeded (within ten seconds), or null. */
    private String openAfterSave;
    private double openAfterSaveUntil;
    private Patch noticeFor;
    /** The clock domain the file being opened runs in (opened from inside an ondemand box), or null. */
    private ClockDomain opening;

    Subpatchers(Page page, Files files, Dialogs dialogs, BoxField field, HTMLElement nav) {
        this.page = page;
        this.session = page.session();
        this.editor = session.editor();
        this.files = files;
        this.dialogs = dialogs;
        this.field = field;
        this.trail = new LevelTrail(nav, this::openCrumb);
    }

    void install(HTMLElement svg) {
        org.teavm.jso.browser.Window.current().addEventListener("dblclick", event -> {
            if (!contains(svg, event.getTarget())) {
                return;
            }
            MouseEvent mouse = (MouseEvent) event;
            String boxId = editor.openableAt(mouse.getClientX() - Dom.left(svg), mouse.getClientY() - Dom.top(svg));
            if (boxId != null) { // a locked patch opens its sub-patchers too, as in Max
                event.preventDefault();
                event.stopPropagation();
                open(boxId);
            }
        }, true);
        org.teavm.jso.browser.Window.current().addEventListener("keydown", event -> key((KeyboardEvent) event), true);
        page.onPaint(this::paint);
    }

    private void key(KeyboardEvent key) {
        if (Dom.isTyping(key) || Dom.dialogOpen() || field.isOpen()) {
            return;
        }
        Action action = KeyMap.action(key.getKey(), key.isCtrlKey() || key.isMetaKey(), key.isShiftKey(), key.isAltKey());
        if (action == Action.EDIT_BOX && onButton(key)) {
            key.stopPropagation(); // Enter on a focused button (a breadcrumb) presses it: no box opens or is edited
            return;
        }
        if (action == null || !editor.allows(action)) {
            return;
        }
        switch (action) {
            case EDIT_BOX, ENTER_LEVEL -> {
                String boxId = editor.openableSelected();
                if (boxId == null) {
                    return; // Enter on another box edits it, as the canvas does
                }
                open(boxId);
            }
            case LEAVE_LEVEL -> leave();
            case EDIT_BOX_TEXT -> {
                TextField text = editor.editSelectedField();
                if (text != null) {
                    field.begin(text, editor.state().view());
                }
            }
            case ENCAPSULATE, DEENCAPSULATE -> {
                editor.perform(action);
                Diagnostic refusal = editor.refusal();
                notice = refusal == null ? "" : refusal.code().id() + ": " + refusal.message();
                noticeFor = session.model().patch();
            }
            default -> {
                return;
            }
        }
        key.preventDefault();
        key.stopPropagation();
        page.refresh();
    }

    /** Opens a sub-patcher box of the open level: its embedded patch, or the file it names. */
    void open(String boxId) {
        String file = editor.fileOf(boxId);
        if (file == null) {
            editor.enter(boxId);
            page.refresh();
            return;
        }
        opening = editor.clockDomainInside(boxId);
        List<String> candidates = SubpatchFiles.candidates(session.document().path(), file);
        Http.get("/api/patches", new Http.Answer() {
            @Override
            public void ok(String text) {
                String found = firstListed(text, candidates);
                if (found != null) {
                    openFile(found);
                } else if (editor.enter(boxId)) {
                    say("no file " + file + " in the workspace: showing the copy embedded in the box");
                } else {
                    say("no file " + file + " in the workspace, and the box holds no copy of it");
                }
            }

            @Override
            public void failed(String message) {
                say("cannot list the workspace: " + message);
            }
        });
    }

    /** Opens a file sub-patcher as the document; unsaved changes are saved first or kept here for the way back. */
    private void openFile(String path) {
        if (!session.unsaved()) {
            fetch(path);
            return;
        }
        dialogs.choose(session.document().name() + " has unsaved changes. Open " + path + "?",
                new String[] {"Keep my changes for the way back", "Save, then open", "Cancel"}, chosen -> {
                    if (chosen == 0) {
                        fetch(path);
                    } else if (chosen == 1) {
                        openAfterSave = path;
                        openAfterSaveUntil = Dom.now() + 10_000;
                        files.save(); // asynchronous: the file opens at the first paint that finds the patch saved
                    }
                });
    }

    private void fetch(String path) {
        Parent parent = new Parent(session.document(), session.model().patch(), editor.levelPath(),
                editor.outerClockDomain());
        ClockDomain around = opening;
        Http.send("GET", Files.url(path), null, null, null, (status, etag, text) -> {
            if (status != 200) {
                say("cannot open " + path + " (HTTP " + status + ")");
                return;
            }
            List<Parent> trailBefore = sameTrail() ? new ArrayList<>(parents) : new ArrayList<>();
            files.openText(Document.inWorkspace(path, etag), text);
            editor.setOuterClockDomain(around); // the file is the content of an ondemand box: its canvas is tinted
            parents.clear();
            parents.addAll(trailBefore);
            parents.add(parent);
            trailPath = path;
            page.refresh();
        });
    }

    /** Goes up a level; at the top of a file sub-patcher, back to the document it was opened from. */
    private void leave() {
        if (!editor.leave() && sameTrail() && !parents.isEmpty()) {
            backTo(parents.size() - 1);
        }
    }

    private void openCrumb(Breadcrumbs.Crumb crumb) {
        if (crumb.document() >= 0) {
            backTo(crumb.document());
        } else {
            editor.openLevel(crumb.path());
        }
        page.refresh();
    }

    /** Shows again a document the trail came through, as it was left (unsaved changes too), at its level. */
    private void backTo(int index) {
        Parent parent = parents.get(index);
        List<Parent> kept = new ArrayList<>(parents.subList(0, index));
        session.open(parent.document(), parent.patch());
        editor.setOuterClockDomain(parent.around());
        files.restored(parent.document().path(), Map.of());
        parents.clear();
        parents.addAll(kept);
        trailPath = parent.document().path();
        editor.openLevel(parent.level());
        page.refresh();
    }

    /** True while the open document is the one the trail led to (not one opened from the workspace since). */
    private boolean sameTrail() {
        String path = session.document().path();
        return trailPath != null && trailPath.equals(path);
    }

    private void say(String text) {
        notice = text;
        noticeFor = session.model().patch();
        page.refresh();
    }

    private void paint() {
        if (openAfterSave != null && !Dom.dialogOpen()) {
            String path = openAfterSave;
            if (!session.unsaved()) {
                openAfterSave = null;
                fetch(path);
            } else if (Dom.now() > openAfterSaveUntil) {
                openAfterSave = null; // the save failed or was cancelled: nothing opens later by surprise
            }
        }
        if (!sameTrail() && !parents.isEmpty()) {
            parents.clear();
            trailPath = null;
        }
        if (noticeFor != null && noticeFor != session.model().patch()) {
            notice = "";
            noticeFor = null;
        }
        List<String> names = new ArrayList<>();
        for (Parent parent : parents) {
            names.add(parent.document().name());
        }
        trail.show(Breadcrumbs.of(names, session.document().name(), session.model().patch(), editor.levelPath()), notice);
    }

    @org.teavm.jso.JSBody(params = "event", script = "var t = event.target;"
            + " return !!t && !!t.closest && !!t.closest('button, a[href], summary, [role=button]');")
    private static native boolean onButton(org.teavm.jso.dom.events.Event event);

    @org.teavm.jso.JSBody(params = {"parent", "child"}, script = "return !!child && parent.contains(child);")
    private static native boolean contains(org.teavm.jso.JSObject parent, org.teavm.jso.JSObject child);

    private static String firstListed(String listing, List<String> candidates) {
        JsonValue value = JsonParser.parse(listing).value();
        if (!(value instanceof JsonObject object) || !(object.get("patches") instanceof JsonArray patches)) {
            return null;
        }
        for (String candidate : candidates) {
            for (JsonValue item : patches.items()) {
                if (item instanceof JsonString name && name.value().equals(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }
}
