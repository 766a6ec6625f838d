package dev.faustwire.core.editor;

import dev.faustwire.core.edit.Command;
import dev.faustwire.core.edit.EditingModel;
import dev.faustwire.core.edit.Levels;
import dev.faustwire.core.model.Patch;
import dev.faustwire.core.view.BoxGeometry;
import dev.faustwire.core.view.Hit;
import dev.faustwire.core.view.HitTest;
import dev.faustwire.core.view.Layout;
import dev.faustwire.core.view.Point;
import dev.faustwire.core.view.PortCounts;
import dev.faustwire.core.view.ViewTransform;
import dev.faustwire.core.model.Box;
import dev.faustwire.core.present.PresentationEdits;
import dev.faustwire.core.present.PresentationView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The editor without a page: the editing model, the editor's state, and what the pointer, the
 * wheel and the keys do to them. The page forwards its events here in screen pixels (from the
 * canvas element's top-left corner) and paints {@link #scene()}; every edit goes through the
 * model as one command per gesture, so undo needs nothing per feature.
 */
public final class PatchEditor {
    /** How far (screen pixels) the pointer moves before a press on a box becomes a drag. */
    static final double DRAG_THRESHOLD = 3;
    /** The grid moves snap to when snapping is on (canvas pixels). */
    public static final double GRID = 15;

    private final EditingModel model;
    private final PortCounts counts;
    private final SceneBuilder scenes = new SceneBuilder();
    private EditorState state = EditorState.INITIAL;
    private Set<String> errors = new TreeSet<>();
    private Point pointer;
    private double viewportWidth = 800;
    private double viewportHeight = 600;
    private Patch laidOut;
    private Layout layout;
    private boolean locked;
    /** The view each level was last shown with, so that going back finds it as it was left. */
    private final Map<List<String>, ViewTransform> levelViews = new LinkedHashMap<>();
    /** The clock domain of the ondemand box this document was opened from (a file sub-patcher), or null. */
    private ClockDomain outerClockDomain;

    public PatchEditor(EditingModel model, PortCounts counts) {
        this.model = model;
        this.counts = counts;
    }

    public EditingModel model() {
        return model;
    }

    public EditorState state() {
        return state;
    }

    /** The patch of the open level. */
    public Patch level() {
        Patch at = Levels.find(model.patch(), state.level());
        return presented(at == null ? model.patch() : at);
    }

    /** The geometry of the open level, computed again only when its patch changed. */
    public Layout layout() {
        Patch level = level();
        if (level != laidOut) {
            laidOut = level;
            layout = Layout.of(level, presentation ? NO_PORTS : counts);
        }
        return layout;
    }

    /** Box paths with an error ({@code box-9/box-2} inside sub-patcher box-9), marked in the scene. */
    public void setErrors(Set<String> boxPaths) {
        errors = new TreeSet<>(boxPaths);
    }

    public void setViewport(double width, double height) {
        viewportWidth = width;
        viewportHeight = height;
    }

    public double viewportWidth() {
        return viewportWidth;
    }

    public double viewportHeight() {
        return viewportHeight;
    }

    /** Sets the view, as restored from the browser's storage for this patch. */
    public void setView(ViewTransform view) {
        state = state.withView(view);
    }

    /** After another patch was opened: nothing selected, top level, no gesture, no clock domain around it. */
    public void reset() {
        levelViews.clear();
        outerClockDomain = null;
        focusedBox = null; // keys: no ring on a box of the patch before
        state = new EditorState(java.util.List.of(), Selection.NONE, state.view(), state.snap(), new Gesture.Idle());
        presentation = dev.faustwire.core.present.Presentation.opensIn(model.patch());
    }

    // ---- levels (sub-patchers) ----

    /** The open level: the path of sub-patcher boxes from the top, empty at the top. */
    public List<String> levelPath() {
        return state.level();
    }

    /**
     * Opens the sub-patcher embedded in a box of the open level (Max's double-click on a {@code p}
     * box), shown as it was last seen or fitted; false when the box holds none.
     */
    public boolean enter(String boxId) {
        Box box = level().box(boxId);
        if (box == null || box.subpatch() == null) {
            return false;
        }
        List<String> inside = new ArrayList<>(state.level());
        inside.add(boxId);
        return openLevel(inside);
    }

    /** Goes back to the parent level with the sub-patcher box selected; false at the top. */
    public boolean leave() {
        List<String> path = state.level();
        if (path.isEmpty()) {
            return false;
        }
        String from = path.get(path.size() - 1);
        openLevel(path.subList(0, path.size() - 1));
        select(Selection.ofBox(from));
        return true;
    }

    /**
     * Opens a level (a path of sub-patcher boxes from the top, as the breadcrumbs give it) with its
     * remembered view, or fitted the first time; false when the path leads to no patch.
     */
    public boolean openLevel(List<String> path) {
        if (Levels.find(model.patch(), path) == null) {
            return false;
        }
        if (path.equals(state.level())) {
            return true;
        }
        levelViews.put(state.level(), state.view());
        ViewTransform seen = levelViews.get(path);
        state = state.atLevel(path, seen != null ? seen : ViewTransform.IDENTITY);
        if (seen == null) {
            fit();
        }
        return true;
    }

    /**
     * Shows a box given by its path ({@code box-9/box-2}: box-2 inside sub-patcher box-9): opens its
     * level, selects it and scrolls it into view if it is not; false when there is no such box.
     */
    public boolean reveal(String boxPath) {
        Box box = Levels.boxAt(model.patch(), boxPath);
        if (box == null) {
            return false;
        }
        List<String> path = new ArrayList<>(dev.faustwire.core.edit.Ids.path(boxPath));
        String boxId = path.remove(path.size() - 1);
        leavePresentationFor(box);
        openLevel(path);
        select(Selection.ofBox(boxId));
        scrollIntoView(boxId);
        return true;
    }

    /** The path of a box of the open level ({@code box-9/box-2} inside box-9), as diagnostics and the source map name it. */
    public String pathOf(String boxId) {
        return Levels.pathOf(state.level(), boxId);
    }

    /** Pans (never zooms) so that a box of the open level is wholly in the viewport, when it is not. */
    public void scrollIntoView(String boxId) {
        BoxGeometry box = layout().box(boxId);
        if (box == null) {
            return;
        }
        ViewTransform view = state.view();
        Point topLeft = view.toScreen(new Point(box.rect().x(), box.rect().y()));
        Point bottomRight = view.toScreen(new Point(box.rect().x() + box.rect().width(),
                box.rect().y() + box.rect().height()));
        double margin = 30;
        boolean inside = topLeft.x() >= 0 && topLeft.y() >= 0 && bottomRight.x() <= viewportWidth
                && bottomRight.y() <= viewportHeight;
        if (!inside) {
            double centreX = (topLeft.x() + bottomRight.x()) / 2;
            double centreY = (topLeft.y() + bottomRight.y()) / 2;
            double dx = viewportWidth / 2 - centreX;
            double dy = viewportHeight / 2 - centreY;
            if (bottomRight.x() - topLeft.x() > viewportWidth - 2 * margin) {
                dx = margin - topLeft.x();
            }
            state = state.withView(view.pannedBy(dx, dy));
        }
    }

    /** True while the patch is locked for playing: boxes do not move, select or open their text. */
    public boolean locked() {
        return locked;
    }

    /** Locks the patch for playing (any gesture in progress ends, the selection goes) or unlocks it. */
    public void setLocked(boolean lock) {
        locked = lock;
        state = state.withGesture(new Gesture.Idle());
        if (lock) {
            state = state.withSelection(Selection.NONE);
        }
    }

    /** False for an action that edits while the patch is locked. */
    public boolean allows(Action action) {
        return !(locked && action.edits()) && !(presentation && PRESENTATION_REFUSES.contains(action));
    }

    public Scene scene() {
        dropVanished();
        return scenes.build(level(), layout(), state, errors, focused(), keyboard.connectMode(),
                iterationBodies.at(state.level()), clockDomain());
    }

    /** The clock domain of the open level (inside an ondemand box, here or around the document), or null. */
    public ClockDomain clockDomain() {
        return ClockDomain.within(outerClockDomain, ClockDomain.of(model.patch(), state.level()));
    }

    /** The clock domain the content of a box of the open level runs in (a file it opens as the document), or null. */
    public ClockDomain clockDomainInside(String boxId) {
        List<String> inside = new ArrayList<>(state.level());
        inside.add(boxId);
        return ClockDomain.within(outerClockDomain, ClockDomain.of(model.patch(), inside));
    }

    /** The clock domain around the whole document, or null. */
    public ClockDomain outerClockDomain() {
        return outerClockDomain;
    }

    /** The clock domain around the whole document: it was opened from inside an ondemand box of another one. */
    public void setOuterClockDomain(ClockDomain outer) {
        outerClockDomain = outer;
    }

    /** Where the pointer was last seen, in canvas pixels, or null. */
    public Point pointer() {
        return pointer;
    }

    // ---- pointer ----

    /** A button went down. {@code button}: 0 left, 1 middle; {@code panKey}: Space is held. */
    public void pointerDown(double x, double y, int button, boolean shift, boolean panKey) {
        Point screen = new Point(x, y);
        pointer = state.view().toCanvas(screen);
        Gesture gesture = locked ? Pointer.downLocked(this, screen, pointer, button, panKey)
                : Pointer.down(this, screen, pointer, button, shift, panKey); // may select
        state = state.withGesture(gesture);
    }

    public void pointerMove(double x, double y) {
        Point screen = new Point(x, y);
        pointer = state.view().toCanvas(screen);
        Gesture next = Pointer.move(this, state.gesture(), screen, pointer);
        if (next instanceof Gesture.Panning) {
            state = state.withGesture(next).withView(Pointer.panned((Gesture.Panning) next, screen));
        } else {
            state = state.withGesture(next);
        }
    }

    public void pointerUp(double x, double y) {
        pointerMove(x, y);
        Gesture done = state.gesture();
        state = state.withGesture(new Gesture.Idle());
        Pointer.up(this, done);
    }

    /** The pointer left the canvas: {@code n} then opens its field at the view's corner, not where it was last. */
    public void pointerLeft() {
        if (state.gesture() instanceof Gesture.Idle) {
            pointer = null;
        }
    }

    /** Ends a gesture without changing anything (the pointer left the window, Escape during a drag). */
    public void cancelGesture() {
        state = state.withGesture(new Gesture.Idle());
    }

    /**
     * The CSS cursor for the pointer at (x, y): a crosshair over a port (a wire starts there), a
     * resize arrow on a box's right edge, a hand over a box or a line, the arrow elsewhere; the
     * gesture in progress decides while a button is down.
     */
    public String cursorAt(double x, double y, boolean panKey) {
        Gesture gesture = state.gesture();
        if (gesture instanceof Gesture.Panning || panKey) {
            return "grab";
        }
        if (gesture instanceof Gesture.Wiring) {
            return "crosshair";
        }
        if (gesture instanceof Gesture.Moving) {
            return "move";
        }
        if (gesture instanceof Gesture.Resizing) {
            return "ew-resize";
        }
        if (locked) {
            Hit over = HitTest.at(level(), layout(), state.view().toCanvas(new Point(x, y)), state.view().scale());
            return over instanceof Hit.OnBox || over instanceof Hit.OnPort ? "pointer" : "default";
        }
        Hit hit = HitTest.at(level(), layout(), state.view().toCanvas(new Point(x, y)), state.view().scale());
        if (hit instanceof Hit.OnPort) {
            return "crosshair";
        }
        if (hit instanceof Hit.OnBox box) {
            return box.resizeEdge() ? "ew-resize" : "pointer";
        }
        return hit instanceof Hit.OnLine ? "pointer" : "default";
    }

    /** A double-click: the field to edit the box under it, or to type a new box there. */
    public TextField doubleClick(double x, double y) {
        pointer = state.view().toCanvas(new Point(x, y));
        if (locked || presentation) {
            return null; // a locked patch plays, it is not edited
        }
        Hit hit = HitTest.at(level(), layout(), pointer, state.view().scale());
        if (hit instanceof Hit.OnBox box) {
            return editField(box.boxId());
        }
        return hit instanceof Hit.Empty ? newBoxField(pointer) : null;
    }

    /** The wheel: with Ctrl (or a pinch, which the browser reports so) it zooms around the pointer, else it pans. */
    public void wheel(double x, double y, double dx, double dy, boolean zoom) {
        if (zoom) {
            state = state.withView(state.view().zoomAround(new Point(x, y), Math.exp(-dy * 0.002)));
        } else {
            state = state.withView(state.view().pannedBy(-dx, -dy));
        }
    }

    // ---- keys and menu actions ----

    /** Carries out an action of the key map that the editor owns; false for the page's own (save, clipboard). */
    public boolean perform(Action action) {
        if (!allows(action)) {
            return false;
        }
        Selection selection = state.selection();
        switch (action) {
            case UNDO -> model.undo();
            case REDO -> model.redo();
            case DELETE -> apply(Edits.delete(selection));
            case DUPLICATE -> paste(Clipboard.fragment(level(), selection.boxes()));
            case SELECT_ALL -> select(Selection.ofBoxes(level().boxes().keySet()));
            case DESELECT -> {
                if (state.gesture() instanceof Gesture.Idle) {
                    select(Selection.NONE);
                } else {
                    cancelGesture(); // Escape during a drag: nothing moves, nothing connects
                }
            }
            case NUDGE_LEFT -> nudge(-1, 0);
            case NUDGE_RIGHT -> nudge(1, 0);
            case NUDGE_UP -> nudge(0, -1);
            case NUDGE_DOWN -> nudge(0, 1);
            case NUDGE_LEFT_FAR -> nudge(-10, 0);
            case NUDGE_RIGHT_FAR -> nudge(10, 0);
            case NUDGE_UP_FAR -> nudge(0, -10);
            case NUDGE_DOWN_FAR -> nudge(0, 10);
            case ZOOM_IN -> zoomAtCentre(ViewTransform.STEP);
            case ZOOM_OUT -> zoomAtCentre(1 / ViewTransform.STEP);
            case ZOOM_RESET -> zoomAtCentre(1 / state.view().scale());
            case FIT -> fit();
            case TOGGLE_SNAP -> state = state.withSnap(!state.snap());
            case TOGGLE_LOCK -> setLocked(!locked);
            case ENCAPSULATE -> {
                return encapsulate();
            }
            case DEENCAPSULATE -> {
                return deencapsulate();
            }
            case LEAVE_LEVEL -> {
                return leave();
            }
            case ENTER_LEVEL -> {
                return openableSelected() != null && enter(openableSelected());
            }
            case TOGGLE_PRESENTATION -> setPresentation(!presentation);
            case ADD_TO_PRESENTATION -> presentationRefused = addToPresentation();
            case REMOVE_FROM_PRESENTATION -> removeFromPresentation();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Shows the whole open level in the viewport. */
    public void fit() {
        state = state.withView(ViewTransform.fit(layout().contentBounds(), viewportWidth, viewportHeight, 30));
    }

    /** The field to type a new box at the pointer (Max's {@code n}), at the viewport's corner when the pointer is unknown. */
    public TextField newBoxField() {
        return newBoxField(pointer != null ? pointer : state.view().toCanvas(new Point(30, 30)));
    }

    private TextField newBoxField(Point at) {
        return new TextField(null, new Point(Math.round(at.x()), Math.round(at.y())), BoxGeometry.MIN_WIDTH, "", false);
    }

    /** The field to edit the one selected box, or null. */
    public TextField editSelectedField() {
        Set<String> boxes = state.selection().boxes();
        return boxes.size() == 1 ? editField(boxes.iterator().next()) : null;
    }

    private TextField editField(String boxId) {
        BoxGeometry box = layout().box(boxId);
        return box == null ? null : Edits.field(level().box(boxId), box);
    }

    /** What the person typed into a field: creates the box, or changes the text of the one edited. */
    public void commitText(TextField field, String text) {
        if (locked || presentation || commitConnected(field, text)) {
            return;
        }
        Edits.Result result = Edits.commitText(level(), counts, field, text);
        if (result != null) {
            apply(result.command());
            if (result.boxId() != null && level().box(result.boxId()) != null) {
                select(Selection.ofBox(result.boxId()));
            }
        }
    }

    // ---- clipboard ----

    /** The selection as clipboard text (patch JSON), or null when no box is selected. */
    public String copy() {
        return Clipboard.copy(level(), state.selection().boxes());
    }

    /** Copies the selection, then deletes it (one undo step); null when no box is selected. */
    public String cut() {
        if (locked || presentation) {
            return null;
        }
        String text = copy();
        if (text != null) {
            apply(Edits.delete(state.selection()), "cut");
        }
        return text;
    }

    /** Pastes clipboard text; false when it holds no patch. */
    public boolean paste(String text) {
        if (locked || presentation) {
            return false;
        }
        Patch fragment = Clipboard.read(text);
        if (fragment == null) {
            return false;
        }
        paste(fragment);
        return true;
    }

    private void paste(Patch fragment) {
        if (fragment.boxes().isEmpty()) {
            return;
        }
        double shift = Edits.pasteShift(level(), fragment);
        Command.Paste paste = new Command.Paste(fragment, shift, shift);
        Patch before = level();
        apply(paste);
        select(Selection.ofBoxes(Edits.added(before, level())));
    }

    // ---- helpers for the gestures ----

    /** Selects boxes and lines (a click on a problem selects the box at fault). */
    public void select(Selection selection) {
        state = state.withSelection(selection);
    }

    void apply(Command command) {
        if (presentation && command != null) {
            command = PresentationEdits.inView(Levels.find(model.patch(), state.level()), level(), command);
        }
        if (command != null) {
            model.apply(new Command.AtLevel(state.level(), command));
        }
    }

    private void apply(Command command, String label) {
        if (command instanceof Command.Group group) {
            apply(new Command.Group(label, group.commands()));
        }
    }

    private void nudge(double dx, double dy) {
        apply(Edits.move(layout(), state.selection().boxes(), dx, dy, false, "nudge"));
    }

    private void zoomAtCentre(double factor) {
        state = state.withView(state.view().zoomAround(new Point(viewportWidth / 2, viewportHeight / 2), factor));
    }

    /** Forgets selected elements that an undo or another edit removed, and levels whose sub-patcher went. */
    private void dropVanished() {
        if (!state.level().isEmpty() && Levels.find(model.patch(), state.level()) == null) {
            List<String> path = new ArrayList<>(state.level());
            while (!path.isEmpty() && Levels.find(model.patch(), path) == null) {
                path.remove(path.size() - 1);
            }
            state = state.atLevel(path, levelViews.getOrDefault(path, state.view()));
        }
        Patch level = level();
        state = state.withSelection(state.selection().keepOnly(level.boxes().keySet(), level.lines().keySet()));
    }

    // ---- keys ----

    /** The box the keyboard is on, as the page last knew it (see {@link #focused()}). */
    private String focusedBox;
    private List<String> focusLevel = List.of();
    /** The selection when the focus last followed it: a new selection of one box takes the focus. */
    private Selection focusSeen = Selection.NONE;
    private final KeyboardEditing keyboard = new KeyboardEditing(this);
    /** The field {@code Shift+N} opened, whose box gets a line from {@link #connectFrom}. */
    private TextField connectField;
    private String connectFrom;

    /**
     * The box of the open level that has the keyboard focus, or null. Selecting one box alone (a
     * click, a new box, a reveal) moves the focus to it; Tab and the arrows move it without a click.
     */
    public String focused() {
        Selection now = state.selection();
        if (!now.equals(focusSeen)) {
            focusSeen = now;
            if (now.boxes().size() == 1 && now.lines().isEmpty()) {
                focusedBox = now.boxes().iterator().next();
                focusLevel = state.level();
            }
        }
        return focusedBox != null && focusLevel.equals(state.level()) && level().box(focusedBox) != null
                ? focusedBox : null;
    }

    /** Puts the keyboard focus on a box of the open level (null: on none) and scrolls it into view. */
    public void focus(String boxId) {
        focusSeen = state.selection();
        focusedBox = boxId;
        focusLevel = state.level();
        if (boxId != null) {
            scrollIntoView(boxId);
        }
    }

    /** Tab, the arrows, connect mode and {@code n} near the focus: the keys of keyboard-only patching. */
    public KeyboardEditing keyboard() {
        return keyboard;
    }

    /** Remembers that the box typed into this field gets a line from outlet 0 of {@code from}. */
    void connectOnCommit(TextField field, String from) {
        connectField = field;
        connectFrom = from;
    }

    /** Commits the field {@code Shift+N} opened: the new box and its line, one undo step; false for other fields. */
    private boolean commitConnected(TextField field, String text) {
        if (field != connectField) {
            return false;
        }
        connectField = null;
        Edits.Result result = Edits.commitText(level(), counts, field, text);
        if (result == null) {
            return true;
        }
        List<Command> commands = new ArrayList<>();
        commands.add(result.command());
        BoxGeometry from = layout().box(connectFrom);
        Box created = result.command() instanceof Command.AddBox add ? add.box() : null;
        if (from != null && from.outlets() > 0 && created != null && counts.of(created).inlets() > 0) {
            commands.add(new Command.Connect(new dev.faustwire.core.model.Port(connectFrom, 0),
                    new dev.faustwire.core.model.Port(created.id(), 0)));
        }
        apply(new Command.Group("new box connected", commands));
        if (level().box(result.boxId()) != null) {
            select(Selection.ofBox(result.boxId()));
        }
        return true;
    }

    // ---- sub ----

    /** The iteration bodies of a level: per iteration box id, the ids of the boxes its body holds (any depth). */
    @FunctionalInterface
    public interface IterationBodies {
        IterationBodies NONE = level -> Map.of();

        Map<String, List<String>> at(List<String> level);
    }

    private IterationBodies iterationBodies = IterationBodies.NONE;
    private dev.faustwire.core.diag.Diagnostic refusal;

    /** Where the scene finds the iteration bodies it outlines (code generation knows them; the session gives them). */
    public void setIterationBodies(IterationBodies bodies) {
        iterationBodies = bodies;
    }

    /** The sub-patcher file a box of the open level names ({@code p ./lp.dsppat}), or null. */
    public String fileOf(String boxId) {
        Box box = level().box(boxId);
        return box == null ? null : dev.faustwire.core.subpatch.SubpatchBoxes.fileReference(box);
    }

    /** The box under a point of the screen that a double-click opens ({@code p} / {@code patcher}), or null. */
    public String openableAt(double x, double y) {
        Hit hit = HitTest.at(level(), layout(), state.view().toCanvas(new Point(x, y)), state.view().scale());
        return hit instanceof Hit.OnBox box && opens(box.boxId()) ? box.boxId() : null;
    }

    /** The one selected box when it opens (Enter), or null. */
    public String openableSelected() {
        Set<String> boxes = state.selection().boxes();
        return boxes.size() == 1 && opens(boxes.iterator().next()) ? boxes.iterator().next() : null;
    }

    private boolean opens(String boxId) {
        Box box = level().box(boxId);
        return box != null && dev.faustwire.core.subpatch.SubpatchBoxes.isSubpatcher(box)
                && (box.subpatch() != null || fileOf(boxId) != null);
    }

    /** Encapsulates the selection (Ctrl+Shift+E); false when refused ({@link #refusal()} says why) or nothing is selected. */
    public boolean encapsulate() {
        return applySub(dev.faustwire.core.subpatch.Encapsulation.of(level(), state.selection().boxes(), counts));
    }

    /** De-encapsulates the one selected sub-patcher box (Ctrl+Shift+D); false when refused or none. */
    public boolean deencapsulate() {
        Set<String> boxes = state.selection().boxes();
        String boxId = boxes.size() == 1 ? boxes.iterator().next() : null;
        if (boxId == null) {
            refusal = boxes.isEmpty() ? null : dev.faustwire.core.diag.Diagnostic.atDocument(
                    dev.faustwire.core.diag.Code.DEENCAPSULATE_NOT_EMBEDDED, "select one sub-patcher box to de-encapsulate");
            return false;
        }
        return applySub(dev.faustwire.core.subpatch.Deencapsulation.of(level(), boxId));
    }

    /** Why the last Encapsulate or De-encapsulate did nothing, or null. */
    public dev.faustwire.core.diag.Diagnostic refusal() {
        return refusal;
    }

    private boolean applySub(dev.faustwire.core.subpatch.SubpatchEdit edit) {
        refusal = edit.refusal();
        if (locked || edit.command() == null) {
            return false;
        }
        apply(edit.command());
        select(Selection.ofBoxes(edit.select()));
        return true;
    }

    // ---- problems ----
    /** The presentation view draws no ports, so no wire starts in it. */
    private static final PortCounts NO_PORTS = box -> new PortCounts.Ports(0, 0, true);
    /** Edits the presentation view refuses: it moves and resizes boxes, nothing else. */
    private static final List<Action> PRESENTATION_REFUSES = List.of(Action.DELETE, Action.DUPLICATE, Action.CUT,
            Action.PASTE, Action.NEW_BOX, Action.EDIT_BOX);
    private boolean presentation;
    private List<dev.faustwire.core.diag.Diagnostic> presentationRefused = List.of();
    private Patch presentedFrom;
    private Patch presentedView;

    /** True while the open level is shown as its presentation (Max's presentation mode). */
    public boolean presentation() {
        return presentation;
    }

    /** Shows the presentation view (only UI boxes and comments flagged for it, at their own places) or the patch. */
    public void setPresentation(boolean on) {
        presentation = on;
        state = state.withGesture(new Gesture.Idle()).withSelection(Selection.NONE);
    }

    /** Flags the selected UI boxes and comments for the presentation (one undo step); the boxes left out, as E040. */
    public List<dev.faustwire.core.diag.Diagnostic> addToPresentation() {
        if (locked) {
            return List.of();
        }
        Patch level = Levels.find(model.patch(), state.level());
        PresentationEdits.Added added = PresentationEdits.add(level, layout(), state.selection().boxes());
        if (added.command() != null) {
            model.apply(new Command.AtLevel(state.level(), added.command()));
        }
        List<dev.faustwire.core.diag.Diagnostic> refused = new ArrayList<>();
        for (dev.faustwire.core.diag.Diagnostic d : added.refused()) {
            refused.add(dev.faustwire.core.diag.Diagnostic.atBox(d.code(), pathOf(d.boxId()), d.message()));
        }
        return refused;
    }

    /** The boxes the last {@link Action#ADD_TO_PRESENTATION} left out (E040), to be listed with the problems. */
    public List<dev.faustwire.core.diag.Diagnostic> presentationRefused() {
        return presentationRefused;
    }

    /** Takes the selected boxes out of the presentation (one undo step). */
    public void removeFromPresentation() {
        if (!locked) {
            Command remove = PresentationEdits.remove(Levels.find(model.patch(), state.level()), state.selection().boxes());
            if (remove != null) {
                model.apply(new Command.AtLevel(state.level(), remove));
            }
        }
    }

    /** Goes back to the patch view when the presentation view would not show a box being revealed. */
    private void leavePresentationFor(Box box) {
        if (presentation && !(dev.faustwire.core.present.Presentation.isIn(box)
                && dev.faustwire.core.present.Presentation.canShow(box))) {
            setPresentation(false);
        }
    }

    /** The level as the view shows it: itself, or its presentation (worked out again only when it changed). */
    private Patch presented(Patch at) {
        if (!presentation) {
            return at;
        }
        if (at != presentedFrom) {
            presentedFrom = at;
            presentedView = PresentationView.of(at);
        }
        return presentedView;
    }

    /** Each box path's problems as hover text ({@code box-9/box-2} inside box-9), shown on the boxes at fault. */
    public void setProblems(Map<String, String> byBoxPath) {
        scenes.setProblems(byBoxPath);
    }

    // ---- reader ----

    /** How many inlets and outlets each box has: the outline says every port. */
    public PortCounts portCounts() {
        return counts;
    }

    /**
     * Connects an outlet to an inlet of the open level, as the outline's connect dialog asks (one
     * undo step); false when the patch is locked or either box is gone.
     */
    public boolean connect(dev.faustwire.core.model.Port from, dev.faustwire.core.model.Port to) {
        if (locked || level().box(from.boxId()) == null || level().box(to.boxId()) == null) {
            return false;
        }
        apply(new Command.Connect(from, to));
        return true;
    }

    // ---- inspect ----

    /**
     * Gives box {@code boxId} of the open level new text as typing it into the box's field would
     * (the inspector's number fields): one undo step, lines to ports the text no longer has go with
     * it; false when the level has no such box or the patch is locked.
     */
    public boolean setBoxText(String boxId, String text) {
        TextField field = locked ? null : editField(boxId);
        if (field == null || field.multiline()) {
            return false;
        }
        commitText(field, text);
        return true;
    }
}
