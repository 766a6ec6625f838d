// Faustwire's rack: each running slot is its own faustwasm node, swapped in with audio.js's crossfade,
// into its own strip (level, then mute) mixed to audio.js's master. A slot's inputs take the sum of the
// sources the page routes in: "inputs" (the page's input bus, as audio-io.js feeds it), "editor" (the
// editor's DSP after its level) or another slot (after its level, before its mute). rack.js never
// decides: the page's Java (session's RackModel) refuses loops before asking for a route.
(function () {
  "use strict";
  var slots = {}; // id -> {inBus, level, mute, current: {node, gain, in, start, end}, epoch, last, levelValue, muted}
  var order = [];
  var routes = {editor: ["inputs"]}; // slot id -> the sources the page wants summed into its inputs
  var connected = {editor: ["inputs"]}; // slot id -> the sources connected now (audio.js feeds the editor the input bus)
  var swaps = 0;
  var swapFrames = []; // the frame (audio clock) each slot swap started at, for the click measure of tests

  function audio() {
    return window.faustwireAudio;
  }

  function strip(id) {
    var s = slots[id];
    if (s) return s;
    var e = audio().engine();
    s = {epoch: 0, current: null, last: null, levelValue: 1, muted: false};
    build(s, e);
    slots[id] = s;
    order.push(id);
    if (!routes[id]) routes[id] = [];
    connected[id] = [];
    return s;
  }

  function build(s, e) {
    s.inBus = e.ctx.createGain();
    s.level = e.ctx.createGain();
    s.level.gain.value = s.levelValue;
    s.mute = e.ctx.createGain();
    s.mute.gain.value = s.muted ? 0 : 1;
    s.level.connect(s.mute);
    s.mute.connect(e.master);
  }

  // Plays a compiled module in the slot in place of what it plays, crossfaded over fadeSeconds (0: a hard
  // switch), the values given set first. Resolves to true once the swap is scheduled.
  async function play(id, base64, json, processorName, fadeSeconds, values) {
    var s = strip(id);
    var mine = ++s.epoch;
    s.last = {base64: base64, json: json, processorName: processorName, values: audio().copyValues(values)};
    var e = audio().engine();
    var node = await audio().monoNode(e.ctx, await audio().wasmModule(base64), json, processorName);
    if (!node || mine !== s.epoch || slots[id] !== s || audio().engine().ctx !== e.ctx) {
      if (node) node.destroy();
      return false;
    }
    audio().nodeMade(1);
    for (var address in s.last.values) node.setParamValue(address, s.last.values[address]);
    var gain = e.ctx.createGain();
    gain.gain.value = 0; // silent until its fade-in starts (crossfade schedules it)
    if (node.numberOfInputs > 0) s.inBus.connect(node);
    node.connect(gain);
    gain.connect(s.level);
    var at = audio().crossfade(e.ctx, gain, s.current, fadeSeconds, dispose);
    s.current = {node: node, gain: gain, in: s.inBus, start: at, end: at + fadeSeconds};
    swaps++;
    swapFrames.push(Math.round(at * e.ctx.sampleRate));
    return true;
  }

  function dispose(playing) {
    playing.gain.disconnect();
    playing.node.disconnect();
    if (playing.node.numberOfInputs > 0) {
      try { playing.in.disconnect(playing.node); } catch (e) { /* its context was closed */ }
    }
    playing.node.destroy();
    audio().nodeMade(-1);
  }

  function remove(id) {
    var s = slots[id];
    if (!s) return;
    for (var other in connected) { // what it fed hears it no more (the page's routes stay, for when it plays again)
      if (other !== id && connected[other].indexOf(id) >= 0) {
        try { slots[id].level.disconnect(inputOf(other)); } catch (e) { /* not connected */ }
        connected[other] = connected[other].filter(function (x) { return x !== id; });
      }
    }
    setInputs(id, []);
    s.epoch++;
    if (s.current) dispose(s.current);
    s.current = null;
    s.level.disconnect();
    s.mute.disconnect();
    delete slots[id];
    delete routes[id];
    delete connected[id];
    order.splice(order.indexOf(id), 1);
  }

  function setParam(id, address, value) {
    var s = slots[id];
    if (!s) return;
    if (s.last) s.last.values[address] = value;
    if (s.current) s.current.node.setParamValue(address, value);
  }

  // "editor" is the editor's strip in audio.js; the others are the rack's.
  function levelNode(id) {
    var e = audio().engine();
    if (!e) return null;
    return id === "editor" ? {level: e.editorLevel, mute: e.editorMute} : slots[id] || null;
  }

  function setLevel(id, value) {
    var s = levelNode(id);
    if (!s) return;
    if (slots[id]) slots[id].levelValue = value;
    s.level.gain.setTargetAtTime(value, s.level.context.currentTime, 0.01);
  }

  function setMute(id, muted) {
    var s = levelNode(id);
    if (!s) return;
    if (slots[id]) slots[id].muted = muted;
    s.mute.gain.setTargetAtTime(muted ? 0 : 1, s.mute.context.currentTime, 0.005);
  }

  function outputOf(source) {
    var e = audio().engine();
    if (source === "inputs") return e.input;
    if (source === "editor") return e.editorLevel;
    return slots[source] ? slots[source].level : null;
  }

  function inputOf(id) {
    if (id === "editor") return audio().engine().editorIn;
    return slots[id] ? slots[id].inBus : null;
  }

  // The sources summed into a slot's inputs become these (those that play now; the others once they do,
  // when the page says the routes again).
  function setInputs(id, sources) {
    routes[id] = sources.slice();
    var into = inputOf(id);
    if (!into) return;
    var now = connected[id] || [];
    var kept = [];
    now.forEach(function (source) {
      var from = outputOf(source);
      if (sources.indexOf(source) < 0) {
        if (from) try { from.disconnect(into); } catch (e) { /* not connected */ }
      } else {
        kept.push(source);
      }
    });
    sources.forEach(function (source) {
      var from = outputOf(source);
      if (from && kept.indexOf(source) < 0) {
        from.connect(into);
        kept.push(source);
      }
    });
    connected[id] = kept;
  }

  // audio.js made a new context: every strip again (level, mute), every slot's DSP with the values set
  // since, then every route (the editor's input bus is connected again by audio.js; routes follow).
  async function migrate() {
    var e = audio().engine();
    var kept = routes;
    routes = {editor: ["inputs"]};
    connected = {editor: ["inputs"]};
    for (var i = 0; i < order.length; i++) {
      var s = slots[order[i]];
      if (s.current) dispose(s.current); // its node goes with the old context (closed by audio.js)
      s.current = null;
      s.epoch++;
      build(s, e);
      routes[order[i]] = [];
      connected[order[i]] = [];
    }
    for (var j = 0; j < order.length; j++) {
      var slot = slots[order[j]];
      if (slot.last) {
        await play(order[j], slot.last.base64, slot.last.json, slot.last.processorName, 0.04, slot.last.values);
      }
    }
    for (var id in kept) setInputs(id, kept[id]);
  }

  audio().onMigrate(migrate);

  window.faustwireRack = {play: play, remove: remove, setParam: setParam, setLevel: setLevel, setMute: setMute,
    setInputs: setInputs, count: function () { return order.length; }, swapCount: function () { return swaps; },
    swapFrames: function () { return swapFrames.slice(); },
    routes: function () { return JSON.parse(JSON.stringify(routes)); },
    playing: function (id) { return !!(slots[id] && slots[id].current); }};
})();
