package dev.faustwire.web;

import dev.faustwire.session.Generated;
import dev.faustwire.session.audition.Audition;
import dev.faustwire.session.audition.AuditionOptions;
import dev.faustwire.session.audition.CompiledDsp;
import dev.faustwire.session.audition.CompiledPoly;
import dev.faustwire.session.audition.Controls;
import dev.faustwire.session.live.SlotCompile;
import dev.faustwire.session.scope.TapChannel;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The audio button, the master volume and the status beside them: the session's {@link Audition}
 * decides when to compile and what to play; audio.js does the Web Audio work.
 */
final class Sound {
    private final Page page;
    private final Audition audition;
    private final HTMLElement button;
    private final HTMLInputElement volume;
    private final HTMLElement status;
    private ControlsPanel controls;
    private Probe probe;
    private Scope scope;
    private Keyboard keyboard;
    private Midi midi;
    private Inputs inputs;
    private PlayMode play;
    private boolean tickPending;
    private Slots.Control replaced;
    /** The editor's slot as last announced (name, faust's JSON), or null while it does not play. */
    private String[] announced;

    private Sound(Page page, Audition audition, HTMLElement button, HTMLInputElement volume, HTMLElement status) {
        this.page = page;
        this.audition = audition;
        this.button = button;
        this.volume = volume;
        this.status = status;
    }

    static Sound install(HTMLDocument document, Page page) {
        Sound sound = new Sound(page, new Audition(AuditionOptions.fromQuery(search())),
                (HTMLElement) document.querySelector("[data-role='audio']"),
                (HTMLInputElement) document.querySelector("[data-role='volume']"),
                (HTMLElement) document.querySelector("[data-role='audio-status']"));
        sound.button.addEventListener("click", event -> sound.toggle());
        sound.volume.addEventListener("input", event -> setVolume(volumeOf(sound.volume)));
        page.onProgram(sound::edited);
        sound.controls = new ControlsPanel((HTMLElement) document.querySelector("[data-role='controls']"),
                sound.audition.values(), sound::setParameter);
        sound.play = PlayMode.install(document, page, sound.audition.values(), sound::setParameter);
        exportSetParam(sound::setParameter);
        sound.keyboard = Keyboard.install(document);
        sound.midi = Midi.install(document, sound.keyboard, sound::setParameter);
        sound.keyboard.instrument(page.session().model().patch());
        sound.inputs = new Inputs((HTMLElement) document.querySelector("[data-role='inputs']"));
        sound.probe = Probe.install(document, page, sound.audition::on, sound::probeChanged);
        sound.scope = Scope.install(document, sound.probe);
        page.onPaint(sound::followName);
        page.slots().register(Slots.EDITOR, new Slots.Control() {
            @Override
            public void set(String address, double value) {
                sound.setParameter(address, value);
            }

            @Override
            public void replace(String fileName, String text) {
                if (sound.replaced != null) {
                    sound.replaced.replace(fileName, text);
                }
            }
        });
        onOutput((address, value) -> {
            sound.controls.showOutput(address, value);
            sound.play.showOutput(address, value);
        });
        return sound;
    }

    /** Keeps the value by address (so it carries over swaps) and sets it on the playing DSP at once. */
    private void setParameter(String address, double value) {
        audition.values().set(address, value);
        setParam(address, value);
        controls.showValue(address);
        play.valueSet(address);
        page.slots().valueSet(Slots.EDITOR, address, value);
    }

    /** The editor's parameter values by address (the rack's state reads them, a recall sets them). */
    dev.faustwire.session.audition.ParamValues values() {
        return audition.values();
    }

    /** The crossfade of a swap, in seconds (the rack's slots swap with the same). */
    double fadeSeconds() {
        return audition.options().fadeSeconds();
    }

    /** The master volume as its slider says. */
    double volume() {
        return volumeOf(volume);
    }

    /** What a file dropped for the editor's slot (on a phone, on its strip) does: the rack opens it. */
    void onReplace(Slots.Control opener) {
        replaced = opener;
    }

    /** Tells the slots what the editor plays, under the name it goes by now. */
    private void announce(String dspJson) {
        announced = new String[] {slotName(), dspJson};
        page.slots().playing(Slots.EDITOR, announced[0], dspJson);
    }

    /** A save under a new name renames the playing slot (its phone page and Remote section), without a recompile. */
    private void followName() {
        if (announced != null && !announced[0].equals(slotName())) {
            announce(announced[1]);
        }
    }

    /** The name the editor's slot goes by: its workspace path, or "untitled". */
    private String slotName() {
        String path = page.session().document().path();
        return path == null ? "untitled" : path;
    }

    private void toggle() {
        if (audition.on()) {
            audition.switchOn(false, null, Dom.now());
            probe.clear();
            scope.audio(false);
            stop();
            keyboard.stopped();
            play.compiled(java.util.List.of());
            page.slots().stopped(Slots.EDITOR);
            announced = null;
            show();
            return;
        }
        button.setAttribute("aria-pressed", "true");
        status.setTextContent("starting");
        start(audition.options().record(), volumeOf(volume), () -> {
            audition.switchOn(true, probe.probe().scheduleKey(program()), Dom.now());
            scope.audio(true);
            tick();
        }, message -> {
            button.setAttribute("aria-pressed", "false");
            status.setTextContent("audio could not start");
            status.setAttribute("data-status", "failed to start");
            button.setAttribute("title", "Audio could not start: " + message);
        });
    }

    private String program() {
        Generated generated = page.session().generated();
        return generated.ok() ? generated.code() : null;
    }

    private void edited(String program) {
        mark("program");
        keyboard.instrument(page.session().model().patch());
        probe.patchChanged();
        audition.edited(probe.probe().scheduleKey(program), Dom.now());
        tick();
    }

    /** Another wire probed, or none: the same program is compiled again with (or without) the tap. */
    private void probeChanged() {
        audition.edited(probe.probe().scheduleKey(program()), Dom.now());
        tick();
    }

    /** Posts a compile when one is due, or comes back when it will be. */
    private void tick() {
        double wait = audition.waitMs(Dom.now());
        if (wait > 0 && !tickPending) {
            tickPending = true;
            later(() -> {
                tickPending = false;
                tick();
            }, (int) Math.ceil(wait));
        } else if (wait == 0) {
            int request = audition.due(Dom.now());
            if (request > 0) {
                boolean poly = keyboard.instrument(page.session().model().patch());
                String body = poly ? Audition.polyRequestBody(page.session().model().patch(), page.session().document().path())
                        : Audition.requestBody(page.session().model().patch(), page.session().document().path(),
                                probe.probe().requestField());
                mark("posted");
                Http.send("POST", "/api/compile", body, null, null,
                        (code, etag, text) -> answered(request, poly, code == 200 ? text : null));
            }
        }
        show();
    }

    private void answered(int request, boolean poly, String text) {
        mark("answered");
        if (poly) {
            answeredPoly(request, text);
            return;
        }
        CompiledDsp dsp = audition.answered(request, text);
        if (dsp != null) {
            int tap = probe.probe().active() ? TapChannel.of(text) : -1;
            keyboard.stopped();
            midi.playing(dsp.json());
            play(dsp.wasmBase64(), dsp.json(), dsp.processorName(), audition.options().fadeSeconds(),
                    SlotCompile.valuesJson(audition.values().carriedTo(dsp.addresses())), tap);
            probe.routed(tap >= 0);
            controls.show(dsp.processorName(), Controls.read(dsp.json()));
            play.compiled(Controls.read(dsp.json()));
            inputs.show(dsp.inputs());
            announce(dsp.json());
        } else if (!audition.failure().isEmpty()) {
            page.showCompileFailure(audition.failure());
        }
        show();
    }

    private void answeredPoly(int request, String text) {
        CompiledPoly poly = audition.answeredPoly(request, text);
        if (poly != null) {
            keyboard.play(poly, audition.values(), audition.options().fadeSeconds());
            midi.playing(poly.voiceJson(), poly.effectJson());
            controls.show(poly.processorName(), Controls.read(poly.panelJson()));
            play.compiled(Controls.read(poly.panelJson()));
            announce(poly.panelJson());
        } else if (!audition.failure().isEmpty()) {
            page.showCompileFailure(audition.failure());
        }
        show();
    }

    private void show() {
        Audition.Status now = audition.status();
        button.setAttribute("aria-pressed", audition.on() ? "true" : "false");
        status.setTextContent(now.label());
        status.setAttribute("data-status", now.label());
    }

    private static double volumeOf(HTMLInputElement input) {
        try {
            return Double.parseDouble(input.getValue());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Sets a control of the DSP that plays, by address; as the controls panel and tests do. */
    @JSFunctor
    interface ParamSetter extends JSObject {
        void set(String address, double value);
    }

    @JSBody(params = "f", script = "window.faustwire = window.faustwire || {}; window.faustwire.setParam = f;")
    private static native void exportSetParam(ParamSetter f);

    @JSBody(params = {"address", "value"}, script = "window.faustwireAudio.setParam(address, value);")
    private static native void setParam(String address, double value);

    @JSBody(params = "f", script = "window.faustwireAudio.onOutput(f);")
    private static native void onOutput(ParamSetter f);

    /** A point of the edit-to-sound timeline the latency benchmark reads (audio.js keeps it). */
    @JSBody(params = "name", script = "window.faustwireAudio.mark(name);")
    private static native void mark(String name);

    @JSBody(script = "return window.location.search;")
    private static native String search();

    @JSBody(params = {"record", "volume", "done", "failed"}, script = "window.faustwireAudio.start(record, volume)"
            + ".then(function() { done(); }, function(problem) { console.error('audio:', problem);"
            + " failed(String(problem)); });")
    private static native void start(boolean record, double volume, Dom.Callback done, Dom.StringCallback failed);

    @JSBody(script = "window.faustwireAudio.stop();")
    private static native void stop();

    @JSBody(params = "volume", script = "window.faustwireAudio.setVolume(volume);")
    private static native void setVolume(double volume);

    @JSBody(params = {"wasm", "json", "processor", "fade", "values", "tap"}, script = "window.faustwireAudio.play(wasm,"
            + " json, processor, fade, JSON.parse(values), tap).catch(function(e) { console.error('audio:', e); });")
    private static native void play(String wasm, String json, String processor, double fade, String values, int tap);

    @JSBody(params = {"f", "ms"}, script = "setTimeout(function() { f(); }, ms);")
    private static native void later(Dom.Callback f, int ms);
}
