package dev.faustwire.web;

import dev.faustwire.core.diag.Code;
import dev.faustwire.core.diag.Diagnostic;
import dev.faustwire.core.imports.ImportAnswer;
import dev.faustwire.core.imports.ImportRequest;
import dev.faustwire.core.io.PatchWriter;
import dev.faustwire.session.audition.AuditionOptions;
import dev.faustwire.session.audition.CompiledDsp;
import dev.faustwire.session.audition.Controls;
import dev.faustwire.session.live.AudioSettings;
import dev.faustwire.session.live.LiveState;
import dev.faustwire.session.live.RackDrop;
import dev.faustwire.session.live.RackModel;
import dev.faustwire.session.live.RackRouting;
import dev.faustwire.session.live.RackSlot;
import dev.faustwire.session.live.SlotCompile;
import dev.faustwire.session.live.SlotSource;
import dev.faustwire.session.live.SlotState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The rack: the "Running" section, one strip per running slot (the editor's while its audio is on, and
 * the slots added from the workspace, from a file, or pinned with "Keep playing"), each compiled by the
 * server and played by audio-rack.js; session's {@link RackModel} keeps ids, levels, routes and values.
 */
final class Rack {
    private final Page page;
    private final Sound sound;
    private final Files files;
    private final HTMLElement root;
    private final HTMLElement strips;
    private final HTMLElement problem;
    private final RackModel model = new RackModel();
    private final Map<String, RackStrip> shown = new LinkedHashMap<>();
    private final Map<String, Integer> requests = new LinkedHashMap<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private final boolean record;
    private String editorJson;
    private int requestCount;

    private Rack(Page page, Sound sound, Files files, HTMLElement root) {
        this.page = page;
        this.sound = sound;
        this.files = files;
        this.root = root;
        this.strips = (HTMLElement) root.querySelector("[data-role='rack-slots']");
        this.problem = (HTMLElement) root.querySelector("[data-role='rack-problem']");
        this.record = AuditionOptions.fromQuery(search()).record();
    }

    static Rack install(HTMLDocument document, Page page, Sound sound, Files files) {
        Rack rack = new Rack(page, sound, files, (HTMLElement) document.querySelector("[data-role='rack']"));
        RackAdding.install(document, rack);
        RackFiles.onDrop(rack.root, (name, text) -> rack.dropped(null, name, text));
        page.slots().listen(new Slots.Listener() {
            @Override
            public void playing(String slot, String name, String dspJson) {
                if (Slots.EDITOR.equals(slot)) {
                    rack.editorPlaying(name, dspJson);
                }
            }

            @Override
            public void valueSet(String slot, String address, double value) {
                if (Slots.EDITOR.equals(slot)) {
                    rack.changed();
                }
            }

            @Override
            public void stopped(String slot) {
                if (Slots.EDITOR.equals(slot)) {
                    rack.editorStopped();
                }
            }
        });
        sound.onReplace(new Slots.Control() {
            @Override
            public void set(String address, double value) {
            }

            @Override
            public void replace(String fileName, String text) {
                RackEditorDrop.open(rack.files, fileName, text, rack::showProblem);
            }
        });
        return rack;
    }

    // ---- the three methods snapshots use

    /** Every slot (the editor's first while its audio is on), its values, routes and the audio settings. */
    LiveState state() {
        List<SlotState> slots = new ArrayList<>();
        for (SlotState s : model.state().slots()) {
            if (RackModel.EDITOR.equals(s.id())) {
                slots.add(new SlotState(s.id(), s.name(), new SlotSource(SlotSource.PATCH, page.session().document().path(),
                        PatchWriter.write(page.session().model().patch())), true, s.muted(), s.level(), s.inputs(),
                        sound.values().all(), s.presets()));
            } else {
                slots.add(s);
            }
        }
        return new LiveState(slots, model.audio());
    }

    /**
     * Plays a saved state: {@code replace} removes every rack slot first and opens the editor's patch
     * (its values kept for its next compile), else the slots are added with new ids. Audio settings
     * are applied on a replace only.
     */
    void recall(LiveState state, boolean replace) {
        if (replace) {
            for (RackSlot s : model.slots()) {
                if (!RackModel.EDITOR.equals(s.id())) {
                    remove(s.id());
                }
            }
            for (SlotState s : state.slots()) {
                if (RackModel.EDITOR.equals(s.id())) {
                    recallEditor(s);
                }
            }
            applySettings(state.audio(), rate -> { });
        }
        for (RackSlot slot : model.recall(state, replace)) {
            RackStrip strip = strip(slot);
            strip.showLevel(slot.level(), slot.muted());
            if (slot.playing()) {
                start(slot, slot.source(), slot.name(), false);
            } else {
                strip.showStatus("stopped");
            }
        }
        syncRoutes();
        changed();
    }

    /** Called on every change worth saving. */
    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    // ---- adding and replacing

    /** Runs a workspace patch in a new slot, without opening it. */
    void addWorkspace(String path) {
        Http.get(Files.url(path), new Http.Answer() {
            @Override
            public void ok(String text) {
                add(RackDrop.slotName(path), new SlotSource(SlotSource.PATCH, path, text));
            }

            @Override
            public void failed(String message) {
                showProblem("Cannot add " + path + ": " + message);
            }
        });
    }

    /** Pins the editor's patch as it is now in a slot of its own, with the editor's values. */
    void keepPlaying() {
        String path = page.session().document().path();
        RackSlot slot = model.add(path == null ? "untitled" : RackDrop.slotName(path),
                new SlotSource(SlotSource.PATCH, path, PatchWriter.write(page.session().model().patch())));
        for (Map.Entry<String, Double> v : sound.values().all().entrySet()) {
            slot.values().set(v.getKey(), v.getValue());
        }
        strip(slot);
        start(slot, slot.source(), slot.name(), true);
    }

    private void add(String name, SlotSource source) {
        RackSlot slot = model.add(name, source);
        strip(slot);
        start(slot, source, name, true);
    }

    /** A file, a text or a workspace address dropped on the rack ({@code slot} null) or on a slot's strip. */
    void dropped(String slot, String name, String text) {
        if (RackModel.EDITOR.equals(slot)) {
            page.slots().control(Slots.EDITOR).replace(name, text);
            return;
        }
        switch (RackDrop.of(name, text)) {
            case DSP -> play(slot, RackDrop.slotName(name == null || name.isEmpty() ? "dropped.dsp" : name),
                    new SlotSource(SlotSource.DSP, null, text));
            case PATCH -> play(slot, RackDrop.slotName(name == null || name.isEmpty() ? "dropped.json" : name),
                    new SlotSource(SlotSource.PATCH, null, text));
            case WORKSPACE_URL -> {
                String path = RackDrop.workspacePath(text);
                Http.get(Files.url(path), new Http.Answer() {
                    @Override
                    public void ok(String patch) {
                        play(slot, RackDrop.slotName(path), new SlotSource(SlotSource.PATCH, path, patch));
                    }

                    @Override
                    public void failed(String message) {
                        showProblem("Cannot run " + path + ": " + message);
                    }
                });
            }
            case GEN -> importGen(slot, name, text);
            default -> showProblem(Code.NOT_PLAYABLE.id() + ": " + (name == null || name.isEmpty() ? "the text dropped"
                    : name) + " is neither a patch (.json, .dsppat, .gendsp, .maxpat) nor Faust text (.dsp)");
        }
    }

    /** Plays a source in a slot (replacing what it plays, with the crossfade) or in a new one (slot null). */
    private void play(String slot, String name, SlotSource source) {
        RackSlot existing = slot == null ? null : model.slot(slot);
        if (existing == null) {
            add(name, source);
        } else {
            start(existing, source, name, true);
        }
    }

    private void importGen(String slot, String name, String text) {
        Http.send("POST", ImportRequest.ROUTE, ImportRequest.body(name, text), null, null, (status, etag, answer) -> {
            ImportAnswer imported = null;
            if (status == 200 || status == 422) {
                try {
                    imported = ImportAnswer.read(answer);
                } catch (IllegalArgumentException e) {
                    imported = null;
                }
            }
            if (imported == null || !imported.imported()) {
                showProblem("Cannot import " + name + ": " + Problems.detail(answer, status));
                return;
            }
            play(slot, RackDrop.slotName(name), new SlotSource(SlotSource.PATCH, null, PatchWriter.write(imported.patch())));
        });
    }

    // ---- compiling and playing

    /** Compiles a source for a slot; when it compiles, the slot plays it (crossfaded) and takes it as its source. */
    private void start(RackSlot slot, SlotSource source, String name, boolean fade) {
        int request = ++requestCount;
        requests.put(slot.id(), request);
        shown.get(slot.id()).showStatus("compiling");
        String body = SlotCompile.requestBody(source);
        ensureAudio(() -> Http.send("POST", "/api/compile", body, null, null, (code, etag, text) -> {
            Integer latest = requests.get(slot.id());
            if (latest == null || latest != request || model.slot(slot.id()) != slot) {
                return; // removed, or a newer request was made
            }
            CompiledDsp dsp = code == 200 ? CompiledDsp.read(text) : null;
            RackStrip strip = shown.get(slot.id());
            if (dsp == null) {
                strip.showStatus(SlotCompile.failed(name, slot.playing() && strip.hasPlayed(), Problems.detail(text, code)));
                strip.markProblem(Code.SLOT_COMPILE_FAILED.id());
                return;
            }
            model.replace(slot.id(), name, source);
            model.setPlaying(slot.id(), true);
            boolean firstInputs = slot.inputCount() == 0 && dsp.inputs() > 0 && slot.inputs().isEmpty() && !strip.hasPlayed();
            model.compiled(slot.id(), dsp.inputs());
            if (firstInputs) {
                model.route(slot.id(), RackRouting.INPUTS, true); // as the editor's DSP: the page's inputs, until routed otherwise
            }
            strip.markProblem(null);
            strip.playing(name, true);
            strip.controls().show(dsp.processorName(), Controls.read(dsp.json()));
            rackPlay(slot.id(), dsp.wasmBase64(), dsp.json(), dsp.processorName(),
                    fade ? sound.fadeSeconds() : 0.04, SlotCompile.valuesJson(slot.values().carriedTo(dsp.addresses())));
            setLevel(slot.id(), slot.level());
            setMute(slot.id(), slot.muted());
            page.slots().playing(slot.id(), slot.name(), dsp.json());
            refreshRouting();
            syncRoutes();
            changed();
        }));
    }

    private void ensureAudio(Dom.Callback then) {
        startAudio(record, sound.volume(), then);
    }

    /** Stops a slot's sound; the strip stays, and plays again from its source. */
    void togglePlaying(String id) {
        RackSlot slot = model.slot(id);
        if (slot == null) {
            return;
        }
        if (slot.playing()) {
            requests.remove(id);
            model.setPlaying(id, false);
            rackRemove(id);
            syncRoutes();
            shown.get(id).playing(slot.name(), false);
            shown.get(id).showStatus("stopped");
            page.slots().stopped(id);
            changed();
        } else {
            start(slot, slot.source(), slot.name(), true);
        }
    }

    void remove(String id) {
        if (model.slot(id) == null || RackModel.EDITOR.equals(id)) {
            return;
        }
        requests.remove(id);
        model.remove(id);
        rackRemove(id);
        RackStrip strip = shown.remove(id);
        if (strip != null) {
            strip.element().delete();
        }
        page.slots().unregister(id);
        page.slots().stopped(id);
        refreshRouting();
        syncRoutes();
        changed();
    }

    void setLevel(String id, double level) {
        double kept = model.setLevel(id, level);
        rackSetLevel(id, kept);
        changed();
    }

    void setMute(String id, boolean muted) {
        model.setMuted(id, muted);
        rackSetMute(id, muted);
        RackStrip strip = shown.get(id);
        if (strip != null) {
            strip.showLevel(model.slot(id).level(), muted);
        }
        changed();
    }

    /** A route a person ticked or cleared in a slot's inputs; a refused one is shown with its diagnostic. */
    void route(String id, String source, boolean on) {
        Diagnostic refused = model.route(id, source, on);
        if (refused != null) {
            showProblem(refused.code().id() + ": " + refused.message());
            refreshRouting();
            return;
        }
        hideProblem();
        syncRoutes();
        refreshRouting();
        changed();
    }

    /** Sets a slot's parameter as its panel does: kept by address, set on its node, told to listeners. */
    void setParameter(String id, String address, double value) {
        if (RackModel.EDITOR.equals(id)) {
            page.slots().control(Slots.EDITOR).set(address, value);
            return;
        }
        RackSlot slot = model.slot(id);
        if (slot == null) {
            return;
        }
        slot.values().set(address, value);
        rackSetParam(id, address, value);
        RackStrip strip = shown.get(id);
        if (strip != null) {
            strip.controls().showValue(address);
        }
        page.slots().valueSet(id, address, value);
        changed();
    }

    // ---- the editor's slot

    private void editorPlaying(String name, String dspJson) {
        boolean fresh = model.slot(RackModel.EDITOR) == null;
        RackSlot slot = model.editor(name);
        int inputs = SlotCompile.inputsOf(dspJson);
        model.compiled(RackModel.EDITOR, inputs);
        if (fresh && inputs > 0) {
            model.route(RackModel.EDITOR, RackRouting.INPUTS, true);
        }
        editorJson = dspJson;
        RackStrip strip = strip(slot);
        strip.playing(name, true);
        strip.showStatus("the patch open in the editor");
        if (fresh) {
            setLevel(RackModel.EDITOR, slot.level());
            setMute(RackModel.EDITOR, slot.muted());
            syncRoutes();
        }
        refreshRouting();
        changed();
    }

    private void editorStopped() {
        if (model.slot(RackModel.EDITOR) == null) {
            return;
        }
        model.remove(RackModel.EDITOR);
        RackStrip strip = shown.remove(RackModel.EDITOR);
        if (strip != null) {
            strip.element().delete();
        }
        syncRoutes();
        refreshRouting();
        changed();
    }

    private void recallEditor(SlotState s) {
        for (Map.Entry<String, Double> v : s.values().entrySet()) {
            sound.values().set(v.getKey(), v.getValue());
        }
        if (s.source() != null && s.source().path() != null) {
            files.open(s.source().path());
        } else if (s.source() != null && !s.source().text().isEmpty()) {
            files.openFromDisk(s.name(), s.source().text());
        }
    }

    // ---- the audio settings

    AudioSettings settings() {
        return model.audio();
    }

    /** Moves everything that plays to a context with these settings; {@code done} gets the new rate (0: none yet). */
    void applySettings(AudioSettings settings, RateCallback done) {
        model.audio(settings);
        migrate(settings.sampleRate(), settings.latency(), settings.outputDevice(), rate -> {
            root.setAttribute("data-sample-rate", String.valueOf(rate));
            changed();
            done.done(rate);
        });
    }

    // ---- glue

    private RackStrip strip(RackSlot slot) {
        RackStrip strip = shown.get(slot.id());
        if (strip != null) {
            return strip;
        }
        strip = new RackStrip(this, slot);
        shown.put(slot.id(), strip);
        if (RackModel.EDITOR.equals(slot.id())) {
            strips.insertBefore(strip.element(), strips.getFirstChild());
        } else {
            strips.appendChild(strip.element());
            page.slots().register(slot.id(), new Slots.Control() {
                @Override
                public void set(String address, double value) {
                    setParameter(slot.id(), address, value);
                }

                @Override
                public void replace(String fileName, String text) {
                    dropped(slot.id(), fileName, text);
                }
            });
        }
        RackFiles.onDrop(strip.element(), (name, text) -> dropped(slot.id(), name, text));
        refreshRouting();
        return strip;
    }

    /** Every strip's inputs row again: the sources there are now and the routes the model keeps. */
    private void refreshRouting() {
        List<String> ids = new ArrayList<>();
        for (RackSlot s : model.slots()) {
            ids.add(s.id());
        }
        for (RackSlot s : model.slots()) {
            RackStrip strip = shown.get(s.id());
            if (strip != null) {
                strip.showInputs(ids, s.inputCount(), s.inputs(), this::nameOf);
            }
        }
    }

    String nameOf(String id) {
        RackSlot s = model.slot(id);
        return s == null ? id : s.name();
    }

    /** audio-rack.js's routes become the model's, for every slot (the editor's included). */
    private void syncRoutes() {
        if (!audioStarted()) {
            return;
        }
        if (model.slot(RackModel.EDITOR) == null) {
            rackSetInputs(RackModel.EDITOR, "[\"inputs\"]"); // as audio.js plays it without the rack
        }
        for (RackSlot s : model.slots()) {
            rackSetInputs(s.id(), SlotCompile.sourcesJson(s.inputs()));
        }
    }

    void showProblem(String message) {
        problem.setTextContent(message);
        int colon = message.indexOf(':');
        problem.setAttribute("data-code", colon > 0 ? message.substring(0, colon) : "");
        problem.removeAttribute("hidden");
    }

    private void hideProblem() {
        problem.setAttribute("hidden", "");
    }

    /** SNAP (issue 18): the slot's presets become these; the rack's model keeps them, so snapshots do too. */
    void presets(String id, List<dev.faustwire.session.live.Preset> presets) {
        model.presets(id, presets);
        changed();
    }

    void changed() {
        for (Runnable l : new ArrayList<>(listeners)) {
            l.run();
        }
    }

    /** Told the sample rate of the context everything plays in after a change of settings. */
    @org.teavm.jso.JSFunctor
    interface RateCallback extends org.teavm.jso.JSObject {
        void done(int rate);
    }

    @JSBody(script = "return window.location.search;")
    private static native String search();

    @JSBody(script = "var e = window.faustwireAudio.engine(); return !!e;")
    private static native boolean audioStarted();

    @JSBody(params = {"record", "volume", "done"}, script = "window.faustwireAudio.start(record, volume)"
            + ".then(function() { done(); }, function(e) { console.error('audio:', e); });")
    private static native void startAudio(boolean record, double volume, Dom.Callback done);

    @JSBody(params = {"id", "wasm", "json", "processor", "fade", "values"}, script = "window.faustwireRack.play(id, wasm,"
            + " json, processor, fade, JSON.parse(values)).catch(function(e) { console.error('rack:', e); });")
    private static native void rackPlay(String id, String wasm, String json, String processor, double fade, String values);

    @JSBody(params = "id", script = "window.faustwireRack.remove(id);")
    private static native void rackRemove(String id);

    @JSBody(params = {"id", "address", "value"}, script = "window.faustwireRack.setParam(id, address, value);")
    private static native void rackSetParam(String id, String address, double value);

    @JSBody(params = {"id", "value"}, script = "window.faustwireRack.setLevel(id, value);")
    private static native void rackSetLevel(String id, double value);

    @JSBody(params = {"id", "muted"}, script = "window.faustwireRack.setMute(id, muted);")
    private static native void rackSetMute(String id, boolean muted);

    @JSBody(params = {"id", "sources"}, script = "window.faustwireRack.setInputs(id, JSON.parse(sources));")
    private static native void rackSetInputs(String id, String sources);

    @JSBody(params = {"rate", "latency", "device", "done"}, script = "window.faustwireAudio.migrate({sampleRate: rate,"
            + " latency: latency, outputDevice: device}).then(function(r) { done(r); },"
            + " function(e) { console.error('audio settings:', e); done(-1); });")
    private static native void migrate(int rate, String latency, String device, RateCallback done);
}
