// Faustwire's Web Audio glue: it does what the page's Java (dev.faustwire.session.audition) decides.
// One AudioContext, a master gain, one faustwasm node at a time (two during a crossfade), all DSPs fed
// the same input bus (audio-io.js puts the chosen sources on it); a probe bus for a tapped wire (scope
// only, never the speakers); recorders on the master and the probe only when the page asks (?record).
(function () {
  "use strict";
  var RUNTIME = "/vendor/faustwasm/index.js";
  var runtime = null;
  var ctx = null;
  var master = null;
  var input = null;
  var current = null; // {node, gain, route (the tap's splitter and merger, or null), start, end}
  var epoch = 0; // switched off since a play began: its node is thrown away
  var chunks = [];
  var swaps = [];
  var live = 0; // faustwasm nodes made and not yet destroyed
  var timeline = []; // {name, t (performance.now ms)}: what the latency benchmark reads
  var outputs = {}; // bargraph values of the current node not yet shown, by address
  var outputListener = null;
  var framePending = false;
  var scopes = {}; // AnalyserNodes: "master" (the output) and "probe" (the tapped wire, never the speakers)
  var probeBus = null;
  var probeChunks = [];
  var editorIn = null; // what the editor's DSP hears: the input bus unless the rack routes others in (audio-rack.js)
  var editorLevel = null; // the editor's strip: level, then mute, then the master; other slots take it after its level
  var editorMute = null;
  var settings = {sampleRate: 0, latency: "interactive", outputDevice: ""}; // the next context's (session's AudioSettings)
  var recordAsked = false;
  var lastPlay = null; // what the editor plays, to play it again in a new context: {base64, json, processorName, values, tap, makeNode}
  var migrations = []; // async functions (ctx) the rack gives: they put their slots back in a new context
  var recorderCode = "class FwRecorder extends AudioWorkletProcessor {" +
    " process(inputs) { var c = inputs[0] && inputs[0][0];" +
    " this.port.postMessage({frame: currentFrame, data: c ? c.slice(0) : new Float32Array(128)}); return true; } }" +
    " registerProcessor('fw-recorder', FwRecorder);";

  async function start(record, volume) {
    if (!ctx) {
      recordAsked = record;
      var options = {latencyHint: settings.latency || "interactive"};
      if (settings.sampleRate) options.sampleRate = settings.sampleRate;
      if (settings.outputDevice && "setSinkId" in AudioContext.prototype) options.sinkId = settings.outputDevice;
      ctx = new AudioContext(options);
      master = ctx.createGain();
      master.gain.value = volume;
      master.connect(ctx.destination);
      input = ctx.createGain();
      editorIn = ctx.createGain();
      input.connect(editorIn);
      editorLevel = ctx.createGain();
      editorMute = ctx.createGain();
      editorLevel.connect(editorMute);
      editorMute.connect(master);
      probeBus = ctx.createGain();
      scopes.master = analyser(master);
      scopes.probe = analyser(probeBus);
      if (record) {
        var url = URL.createObjectURL(new Blob([recorderCode], {type: "text/javascript"}));
        await ctx.audioWorklet.addModule(url);
        var tap = new AudioWorkletNode(ctx, "fw-recorder", {numberOfInputs: 1, numberOfOutputs: 1,
          outputChannelCount: [1], channelCount: 1, channelCountMode: "explicit"});
        tap.port.onmessage = function (e) { chunks.push(e.data); };
        master.connect(tap);
        tap.connect(ctx.destination); // silent: it is pulled only when it reaches the destination
        var probeTap = new AudioWorkletNode(ctx, "fw-recorder", {numberOfInputs: 1, numberOfOutputs: 1,
          outputChannelCount: [1], channelCount: 1, channelCountMode: "explicit"});
        // kept only while a tapped DSP plays: a page that never probes holds no second recording
        probeTap.port.onmessage = function (e) { if (current && current.route) probeChunks.push(e.data); };
        probeBus.connect(probeTap);
        probeTap.connect(ctx.destination);
      }
      if (window.faustwireIo) {
        await window.faustwireIo.attach(ctx, master, input); // inputs, meters, CPU load, Record (audio-io.js)
      }
    }
    await ctx.resume();
    if (!runtime) {
      runtime = await import(RUNTIME);
    }
  }

  function analyser(from) {
    var a = ctx.createAnalyser();
    a.fftSize = 8192;
    a.smoothingTimeConstant = 0.5;
    from.connect(a);
    return a;
  }

  // The DSP's last channel is a tapped wire: the others go to the master, that one to the probe bus only.
  function routeWithTap(gain, tapChannel) {
    var splitter = ctx.createChannelSplitter(tapChannel + 1);
    var merger = ctx.createChannelMerger(Math.max(1, tapChannel));
    gain.connect(splitter);
    for (var i = 0; i < tapChannel; i++) splitter.connect(merger, i, i);
    if (tapChannel > 0) merger.connect(editorLevel);
    splitter.connect(probeBus, tapChannel);
    return [splitter, merger];
  }

  function dispose(playing) {
    if (playing.route) playing.route.forEach(function (n) { n.disconnect(); });
    playing.gain.disconnect();
    playing.node.disconnect();
    if (playing.node.numberOfInputs > 0) {
      try { playing.in.disconnect(playing.node); } catch (e) { /* its context was closed */ }
    }
    playing.node.destroy();
    live--;
  }

  function stop() {
    epoch++;
    lastPlay = null;
    if (current) {
      dispose(current);
      current = null;
    }
    if (ctx && !(window.faustwireRack && window.faustwireRack.count() > 0)) { // the rack's slots play on
      ctx.suspend();
    }
  }

  // Plays a module from the server in place of the current one: linear crossfade of fadeSeconds
  // (0: a hard switch), the values given set first. Resolves to true once the swap is scheduled.
  // tapChannel (or -1): the DSP's channel that carries a probed wire, routed to the probe bus only.
  // makeNode (optional: audio-poly.js gives one) makes another kind of faustwasm node from (ctx, runtime).
  async function play(base64, json, processorName, fadeSeconds, values, tapChannel, makeNode) {
    var mine = epoch;
    lastPlay = {base64: base64, json: json, processorName: processorName, values: copy(values), tap: tapChannel,
      makeNode: makeNode};
    mark("play");
    var module = makeNode ? null : await wasmModule(base64);
    mark("module");
    var node = makeNode ? await makeNode(ctx, runtime) : await monoNode(ctx, module, json, processorName);
    mark("node");
    if (mine !== epoch || !node) {
      if (node) node.destroy();
      return false;
    }
    live++;
    if (window.faustwireIo && module) window.faustwireIo.played(module, json, values); // its CPU load (audio-io.js)
    node.setOutputParamHandler(outputHandlerOf(node));
    for (var address in values) {
      node.setParamValue(address, values[address]);
    }
    var gain = ctx.createGain();
    gain.gain.value = 0;
    if (node.numberOfInputs > 0) {
      editorIn.connect(node);
    }
    node.connect(gain);
    var route = tapChannel >= 0 ? routeWithTap(gain, tapChannel) : null;
    if (!route) gain.connect(editorLevel);
    var at = crossfade(ctx, gain, current, fadeSeconds, dispose);
    current = {node: node, gain: gain, in: editorIn, route: route, start: at, end: at + fadeSeconds};
    swaps.push(Math.round(at * ctx.sampleRate));
    markSound(at);
    return true;
  }

  // The swap of every slot (the editor's here, the rack's in audio-rack.js): the new DSP's gain ramps
  // from 0 to 1 while the old one's ramps from where it is to 0, both from the same render quantum
  // (fadeSeconds 0: a hard switch); the old is disposed once faded. Returns the start time.
  function crossfade(context, gain, old, fadeSeconds, disposeOld) {
    var at = context.currentTime + 0.01; // both ramps start in the same render quantum
    gain.gain.setValueAtTime(0, at);
    if (fadeSeconds > 0) {
      gain.gain.linearRampToValueAtTime(1, at + fadeSeconds);
    } else {
      gain.gain.setValueAtTime(1, at);
    }
    if (old) {
      // from where its own fade-in is at that time (Chrome's cancelAndHoldAtTime ramps from the wrong point)
      old.gain.gain.cancelScheduledValues(at);
      old.gain.gain.setValueAtTime(old.end > old.start ? Math.min(1, (at - old.start) / (old.end - old.start)) : 1, at);
      if (fadeSeconds > 0) {
        old.gain.gain.linearRampToValueAtTime(0, at + fadeSeconds);
      } else {
        old.gain.gain.setValueAtTime(0, at);
      }
      later(disposeOld, old, (at - context.currentTime + fadeSeconds) * 1000 + 50);
    }
    return at;
  }

  // Outside crossfade(): a closure made there would keep the new node reachable from the old one's timer.
  function later(f, what, ms) {
    setTimeout(function () { f(what); }, ms);
  }

  function copy(values) {
    var c = {};
    for (var a in values) c[a] = values[a];
    return c;
  }

  // Moves everything that plays to a new AudioContext with these settings ({sampleRate (0: the device's),
  // latency, outputDevice}): the editor's DSP again with the values set since, the rack's slots (their
  // migrations), the inputs and meters (audio-io.js), the recorders. Resolves to the new sample rate.
  async function migrate(next) {
    var changed = !ctx || next.sampleRate !== settings.sampleRate || next.latency !== settings.latency;
    settings = {sampleRate: next.sampleRate || 0, latency: next.latency || "interactive", outputDevice: next.outputDevice || ""};
    if (!ctx) return 0;
    if (!changed) {
      if (ctx.setSinkId) await ctx.setSinkId(settings.outputDevice);
      return ctx.sampleRate;
    }
    var old = ctx;
    if (old.state === "suspended" && !current && !(window.faustwireRack && window.faustwireRack.count() > 0)) {
      ctx = null; // nothing plays: the next start makes the context with these settings
      await old.close();
      return 0;
    }
    var volume = master.gain.value;
    var editor = lastPlay;
    var level = {gain: editorLevel.gain.value, mute: editorMute.gain.value};
    epoch++;
    if (current) {
      dispose(current);
      current = null;
    }
    ctx = null;
    chunks = [];
    probeChunks = [];
    await start(recordAsked, volume);
    editorLevel.gain.value = level.gain;
    editorMute.gain.value = level.mute;
    if (editor) {
      await play(editor.base64, editor.json, editor.processorName, 0.04, editor.values, editor.tap, editor.makeNode);
    }
    for (var i = 0; i < migrations.length; i++) await migrations[i](ctx);
    await old.close();
    return ctx.sampleRate;
  }

  // The wasm module of a DSP as the server sends it (base64); the editor's, the rack's and the voices' (audio-poly.js).
  function wasmModule(base64) {
    return WebAssembly.compile(Uint8Array.from(atob(base64), function (c) { return c.charCodeAt(0); }));
  }

  // A faustwasm mono node in a context (the editor's DSP here, each rack slot's in audio-rack.js).
  async function monoNode(context, module, json, processorName) {
    var generator = new runtime.FaustMonoDspGenerator();
    return generator.createNode(context, "main", {module: module, json: json, soundfiles: {}}, false, 1024,
      processorName);
  }

  function mark(name) {
    timeline.push({name: name, t: performance.now()});
    if (timeline.length > 1000) timeline.shift();
  }

  // The swap is scheduled: "sound" is when the new DSP starts at the output (its start time on the
  // audio clock, mapped to performance.now() through the output timestamp, so output latency is in it).
  function markSound(at) {
    mark("scheduled");
    var stamp = ctx.getOutputTimestamp();
    var t = stamp.performanceTime + (at - stamp.contextTime) * 1000;
    timeline.push({name: "sound", t: t, outputLatency: ctx.outputLatency || 0, baseLatency: ctx.baseLatency || 0});
  }

  // Made outside play(): a closure made there would share play's scope, whose `old` would keep every
  // earlier node (and its gain) reachable from the one that plays (SwapLeakIT counts them).
  function outputHandlerOf(node) {
    return function (path, value) { output(node, path, value); };
  }

  // Bargraph values, from the node that plays only, handed to the page once per animation frame.
  function output(node, path, value) {
    if (!current || current.node !== node) return;
    outputs[path] = value;
    if (!framePending && outputListener) {
      framePending = true;
      requestAnimationFrame(function () {
        framePending = false;
        var shown = outputs;
        outputs = {};
        for (var p in shown) outputListener(p, shown[p]);
      });
    }
  }

  function setVolume(v) {
    if (master) {
      master.gain.setTargetAtTime(v, ctx.currentTime, 0.01);
    }
  }

  function setParam(address, value) {
    if (lastPlay) lastPlay.values[address] = value;
    if (current) {
      current.node.setParamValue(address, value);
    }
  }

  // The newest samples (time) or dB per bin (frequency) of "master" or "probe", written into a Float32Array.
  function scopeData(which, kind, into) {
    var a = scopes[which];
    if (!a) return false;
    if (kind === "time") a.getFloatTimeDomainData(into); else a.getFloatFrequencyData(into);
    return true;
  }

  // For tests: the samples recorded since the last call, the frame of the first, the rate and the swaps.
  function takeRecording() {
    return recording(chunks, function () { chunks = []; });
  }

  // For tests: the same, of the probed wire (what the scope and the wire meter see).
  function takeProbeRecording() {
    return recording(probeChunks, function () { probeChunks = []; });
  }

  function recording(chunks, empty) {
    var n = 0;
    for (var i = 0; i < chunks.length; i++) n += chunks[i].data.length;
    var samples = new Array(n);
    var k = 0;
    for (var j = 0; j < chunks.length; j++) {
      var d = chunks[j].data;
      for (var m = 0; m < d.length; m++) samples[k++] = d[m];
    }
    var first = chunks.length ? chunks[0].frame : -1;
    empty();
    return {rate: ctx ? ctx.sampleRate : 0, frame: first, samples: samples, swaps: swaps.slice()};
  }

  window.faustwireAudio = {start: start, stop: stop, play: play, setVolume: setVolume, setParam: setParam,
    takeRecording: takeRecording, onOutput: function (f) { outputListener = f; }, swapCount: function () { return swaps.length; },
    liveNodes: function () { return live; }, mark: mark,
    scopeData: scopeData, sampleRate: function () { return ctx ? ctx.sampleRate : 0; },
    takeProbeRecording: takeProbeRecording,
    currentNode: function () { return current ? current.node : null; },
    playbackStats: function () { // Chromium's AudioContext.playbackStats, copied (null where it does not exist)
      var s = ctx && ctx.playbackStats;
      return s ? {underrunEvents: s.underrunEvents, underrunDuration: s.underrunDuration,
        totalDuration: s.totalDuration, averageLatency: s.averageLatency, maximumLatency: s.maximumLatency} : null;
    },
    takeTimeline: function () { var t = timeline; timeline = []; return t; },
    // for the rack (audio-rack.js): the context and the buses it mixes into, the shared crossfade
    engine: function () {
      return ctx ? {ctx: ctx, master: master, input: input, runtime: runtime, editorIn: editorIn,
        editorLevel: editorLevel, editorMute: editorMute} : null;
    },
    crossfade: crossfade, wasmModule: wasmModule, monoNode: monoNode, copyValues: copy, migrate: migrate, onMigrate: function (f) { migrations.push(f); },
    settings: function () { return settings; },
    nodeMade: function (n) { live += n; }};
})();
