// Faustwire's polyphonic instruments over faustwasm: a voice, an optional effect and faustwasm's own
// mixer (served as /vendor/faustwasm/mixer32.wasm, cut from its libfaust-wasm.data at build time) make
// one FaustPolyAudioWorkletNode, swapped in with audio.js's crossfade. Notes go to the node that plays.
(function () {
  "use strict";
  var MIXER = "/vendor/faustwasm/mixer32.wasm";
  var mixer = null;

  function mixerModule() {
    if (!mixer) {
      mixer = fetch(MIXER).then(function (r) {
        if (!r.ok) throw new Error("the mixer " + MIXER + " answered " + r.status);
        return r.arrayBuffer();
      }).then(function (b) { return WebAssembly.compile(b); });
      mixer.catch(function () { mixer = null; });
    }
    return mixer;
  }

  async function factory(base64, json) {
    return {module: await window.faustwireAudio.wasmModule(base64), json: json, soundfiles: {}};
  }

  // Plays an instrument in place of what plays: as faustwireAudio.play, with the voice count chosen.
  function play(voiceWasm, voiceJson, effectWasm, effectJson, voices, processorName, fadeSeconds, values) {
    return window.faustwireAudio.play(null, null, processorName, fadeSeconds, values, -1, async function (ctx, runtime) {
      var parts = await Promise.all([mixerModule(), factory(voiceWasm, voiceJson),
        effectWasm ? factory(effectWasm, effectJson) : null]);
      var generator = new runtime.FaustPolyDspGenerator();
      return generator.createNode(ctx, voices, "main", parts[1], parts[0], parts[2] || undefined, false, 1024,
        processorName);
    });
  }

  function polyNode() {
    var node = window.faustwireAudio.currentNode();
    return node && typeof node.keyOn === "function" ? node : null;
  }

  function keyOn(note, velocity) {
    var node = polyNode();
    if (node) node.keyOn(0, note, velocity);
    return !!node;
  }

  function keyOff(note) {
    var node = polyNode();
    if (node) node.keyOff(0, note, 0);
  }

  function allNotesOff() {
    var node = polyNode();
    if (node) node.allNotesOff(true);
  }

  // WebMIDI: every input's messages, as byte arrays, to onMessage; resolves to the input names.
  async function listenToMidi(onMessage) {
    if (!navigator.requestMIDIAccess) throw new Error("this browser has no WebMIDI");
    var access = await navigator.requestMIDIAccess();
    var names = [];
    function attach(input) {
      input.onmidimessage = function (e) { onMessage(Array.prototype.slice.call(e.data)); };
      names.push(input.name || "MIDI input");
    }
    access.inputs.forEach(attach);
    access.onstatechange = function (e) {
      if (e.port && e.port.type === "input" && e.port.state === "connected" && !e.port.onmidimessage) attach(e.port);
    };
    return names;
  }

  window.faustwirePoly = {play: play, keyOn: keyOn, keyOff: keyOff, allNotesOff: allNotesOff,
    listenToMidi: listenToMidi, playing: function () { return !!polyNode(); }};
})();
