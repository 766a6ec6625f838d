// Faustwire's audio around the DSP: what feeds its inputs (test signals, a looped file, the microphone),
// the level meters and CPU load of the master output, and the Record button (a WAV file downloaded).
// audio.js calls attach() once its AudioContext exists and played() for each DSP it makes.
(function () {
  "use strict";
  var HOLD_SECONDS = 1.5;
  var FLOOR_DB = -120;
  var ctx = null;
  var master = null;
  var input = null;
  var merger = null;
  var sources = []; // per input channel: {kind, node, extra (gain of a file), ...}
  var buffers = []; // per input channel: the decoded file, kept while another source plays
  var microphone = null; // a promise of the MediaStream, asked once
  var holds = []; // per output channel: {db, until}
  var timings = 0; // CPU timings asked: only the last one is shown
  var recording = null; // {channels: [[Float32Array]], frames, stopping}
  var tap = null;
  var choices = []; // per input channel: the JSON of the choice that plays, to play it again in a new context

  // The worklet side: the tap on the master output reports levels and, while recording, the samples.
  var workletCode = [
    "class FwIoTap extends AudioWorkletProcessor {",
    "  constructor() { super(); this.peaks = []; this.sums = []; this.frames = 0; this.blocks = 0; this.record = false; this.taken = null;",
    "    this.port.onmessage = (e) => { if (e.data.record) { this.record = true; this.taken = []; }",
    "      else { this.record = false; this.flush(true); } }; }",
    "  flush(done) { if (this.taken) { this.port.postMessage({ samples: this.taken, done: done }); this.taken = done ? null : []; } }",
    "  process(inputs) {",
    "    const chans = inputs[0] || [];",
    "    for (let c = 0; c < chans.length; c++) { const d = chans[c]; let p = this.peaks[c] || 0; let s = this.sums[c] || 0;",
    "      for (let i = 0; i < d.length; i++) { const v = d[i]; const a = v < 0 ? -v : v; if (a > p) p = a; s += v * v; }",
    "      this.peaks[c] = p; this.sums[c] = s; }",
    "    this.frames += 128; this.blocks++;",
    "    if (this.record) { const block = []; for (let c = 0; c < chans.length; c++) block.push(chans[c].slice(0));",
    "      if (chans.length === 0) block.push(new Float32Array(128)); this.taken.push(block); if (this.taken.length >= 32) this.flush(false); }",
    "    if (this.blocks >= 16) {",
    "      this.port.postMessage({ peaks: this.peaks.slice(0, chans.length), sums: this.sums.slice(0, chans.length), frames: this.frames });",
    "      this.peaks = []; this.sums = []; this.frames = 0; this.blocks = 0; }",
    "    return true; } }",
    "registerProcessor('fw-io-tap', FwIoTap);",
    // test signals: a sine, white noise, pink noise (Paul Kellet's refined filter), an impulse train, an exponential sweep
    "class FwIoSource extends AudioWorkletProcessor {",
    "  constructor(options) { super(); this.s = options.processorOptions; this.phase = 0; this.n = 0; this.b = [0, 0, 0, 0, 0, 0, 0];",
    "    this.port.onmessage = (e) => { this.s = e.data; }; }",
    "  process(inputs, outputs) {",
    "    const out = outputs[0][0]; const s = this.s; const level = s.level; const b = this.b;",
    "    for (let i = 0; i < out.length; i++) {",
    "      let v = 0;",
    "      if (s.kind === 'sine') { v = Math.sin(2 * Math.PI * this.phase); this.phase += s.frequency / sampleRate; this.phase -= Math.floor(this.phase); }",
    "      else if (s.kind === 'white') { v = 2 * Math.random() - 1; }",
    "      else if (s.kind === 'pink') { const w = 2 * Math.random() - 1;",
    "        b[0] = 0.99886 * b[0] + w * 0.0555179; b[1] = 0.99332 * b[1] + w * 0.0750759; b[2] = 0.96900 * b[2] + w * 0.1538520;",
    "        b[3] = 0.86650 * b[3] + w * 0.3104856; b[4] = 0.55000 * b[4] + w * 0.5329522; b[5] = -0.7616 * b[5] - w * 0.0168980;",
    "        v = (b[0] + b[1] + b[2] + b[3] + b[4] + b[5] + b[6] + w * 0.5362) * 0.11; b[6] = w * 0.115926; }",
    "      else if (s.kind === 'impulse') { if (this.n <= 0) { v = 1; this.n += sampleRate / s.rate; } this.n--; }",
    "      else if (s.kind === 'sweep') { const length = s.period * sampleRate; const f = s.from * Math.pow(s.to / s.from, this.n / length);",
    "        v = Math.sin(2 * Math.PI * this.phase); this.phase += f / sampleRate; this.phase -= Math.floor(this.phase);",
    "        if (++this.n >= length) { this.n = 0; this.phase = 0; } }",
    "      out[i] = level * v; }",
    "    return true; } }",
    "registerProcessor('fw-io-source', FwIoSource);"
  ].join("\n");

  async function attach(context, masterGain, inputBus) {
    var again = ctx && ctx !== context ? {count: merger ? merger.numberOfInputs : 0, choices: choices.slice()} : null;
    if (again) { // a new context (the audio settings changed): the sources and the meter follow
      for (var c = 0; c < sources.length; c++) release(c);
      sources = [];
      if (merger) merger.disconnect();
      merger = null;
      if (tap) tap.port.onmessage = null;
      if (recording) { // the file so far is saved; a recording does not span two contexts
        recording.stopping = true;
        toggleRecordingOff();
      }
    }
    ctx = context;
    master = masterGain;
    input = inputBus;
    var url = URL.createObjectURL(new Blob([workletCode], {type: "text/javascript"}));
    await ctx.audioWorklet.addModule(url);
    tap = new AudioWorkletNode(ctx, "fw-io-tap", {numberOfInputs: 1, numberOfOutputs: 1, outputChannelCount: [1],
      channelCountMode: "max"});
    tap.port.onmessage = function (e) {
      if (e.data.samples) recorded(e.data);
      else measured(e.data);
    };
    master.connect(tap);
    var silent = ctx.createGain();
    silent.gain.value = 0;
    tap.connect(silent);
    silent.connect(ctx.destination); // pulled every block, heard never
    if (again) {
      setChannels(again.count);
      for (var k = 0; k < again.choices.length; k++) {
        if (again.choices[k]) await setInput(k, again.choices[k]).catch(function (e) { console.error("input:", e); });
      }
    }
    var record = document.querySelector("[data-role='record']");
    if (record) {
      record.disabled = false;
      record.title = "Record the output to a WAV file";
    }
  }

  // ---- meters and CPU load

  function decibels(power) {
    return power > 0 ? Math.max(FLOOR_DB, 10 * Math.log10(power)) : FLOOR_DB;
  }

  function measured(m) {
    var now = ctx.currentTime;
    var root = document.querySelector("[data-role='meters']");
    if (!root) return;
    while (root.children.length > m.peaks.length) root.removeChild(root.lastChild);
    while (root.children.length < m.peaks.length) root.appendChild(meterElement(root.children.length));
    for (var c = 0; c < m.peaks.length; c++) {
      var peakDb = decibels(m.peaks[c] * m.peaks[c]);
      var rmsDb = decibels(m.sums[c] / m.frames);
      var hold = holds[c];
      if (!hold || peakDb >= hold.db || now > hold.until) {
        hold = holds[c] = {db: peakDb, until: now + HOLD_SECONDS};
      }
      showMeter(root.children[c], peakDb, rmsDb, hold.db);
    }
  }

  function meterElement(channel) {
    var meter = document.createElement("div");
    meter.className = "meter";
    meter.setAttribute("data-channel", String(channel));
    meter.innerHTML = "<span class='bar'><span class='rms'></span><span class='peak'></span><span class='hold'></span></span>"
      + "<span class='db'></span>";
    return meter;
  }

  function showMeter(meter, peakDb, rmsDb, holdDb) {
    meter.setAttribute("data-peak-db", peakDb.toFixed(2));
    meter.setAttribute("data-rms-db", rmsDb.toFixed(2));
    meter.setAttribute("data-hold-db", holdDb.toFixed(2));
    var channel = Number(meter.getAttribute("data-channel")) + 1;
    meter.title = "Output " + channel + ": peak " + text(peakDb) + ", RMS " + text(rmsDb) + " dBFS (peak held " + text(holdDb) + ")";
    meter.querySelector(".rms").style.width = percent(rmsDb);
    meter.querySelector(".peak").style.width = percent(peakDb);
    meter.querySelector(".hold").style.left = percent(holdDb);
    meter.querySelector(".db").textContent = text(holdDb);
    meter.classList.toggle("clip", holdDb >= 0);
  }

  function text(db) {
    return db <= FLOOR_DB ? "−∞" : db.toFixed(1).replace("-", "−");
  }

  function percent(db) { // the bar shows -60 to 0 dBFS
    return Math.max(0, Math.min(100, (db + 60) / 60 * 100)).toFixed(1) + "%";
  }

  // The DSP's CPU load: its time per 128-frame block against the block's duration. This Chromium's
  // AudioWorkletGlobalScope has no performance.now(), and its Date.now() cannot time a block: the audio
  // callbacks come every 10 ms at the same phase of the millisecond, so a block of a few microseconds
  // never spans a tick. So the module that plays is timed where the clock is fine: faustwasm's offline
  // processor renders it (same wasm, same compute path, the values that play) on the main thread.
  async function played(module, json, values) {
    var mine = ++timings;
    await new Promise(function (resolve) { setTimeout(resolve, 300); }); // after the swap's fade, if not replaced
    if (mine !== timings || !ctx) return;
    var runtime = await import("/vendor/faustwasm/index.js");
    var processor = await new runtime.FaustMonoDspGenerator().createOfflineProcessor(ctx.sampleRate, 128,
      {module: module, json: json, soundfiles: {}});
    for (var address in values) processor.setParamValue(address, values[address]);
    var blocks = Math.ceil(0.4 * ctx.sampleRate / 128);
    var noise = [];
    for (var c = 0; c < processor.getNumInputs(); c++) {
      var d = new Float32Array(blocks * 128);
      for (var i = 0; i < d.length; i++) d[i] = Math.random() * 2 - 1;
      noise.push(d);
    }
    processor.render(noise, blocks * 128); // warm up (wasm is compiled again, optimized, once it runs)
    var runs = [];
    for (var r = 0; r < 5; r++) {
      var t0 = performance.now();
      processor.render(noise, blocks * 128);
      runs.push((performance.now() - t0) / blocks);
    }
    runs.sort(function (a, b) { return a - b; });
    var perBlock = runs[2]; // the median of five runs of 0.4 s
    processor.destroy();
    if (mine !== timings) return;
    var blockMs = 128 / ctx.sampleRate * 1000;
    var cpu = document.querySelector("[data-role='cpu']");
    if (!cpu) return;
    cpu.setAttribute("data-load", String(perBlock / blockMs));
    cpu.setAttribute("data-block-us", (perBlock * 1000).toFixed(3));
    cpu.textContent = "CPU " + (perBlock / blockMs * 100).toFixed(1) + "%";
    cpu.title = "The DSP's time per 128-frame block (" + (perBlock * 1000).toFixed(1) + " µs) against the block's duration ("
      + blockMs.toFixed(2) + " ms), the median of five renders of 0.4 s of it offline with the values that play";
  }

  // ---- inputs

  // The merger that turns one source per channel into the shared input bus of audio.js.
  function setChannels(count) {
    if (!ctx) return;
    if (merger && merger.numberOfInputs === count) return;
    for (var c = 0; c < sources.length; c++) release(c);
    sources = [];
    buffers.length = Math.min(buffers.length, count);
    if (merger) merger.disconnect();
    merger = count > 0 ? ctx.createChannelMerger(count) : null;
    if (merger) merger.connect(input);
  }

  function release(channel) {
    var s = sources[channel];
    if (!s) return;
    if (s.node.stop) s.node.stop();
    s.node.disconnect();
    if (s.gain) s.gain.disconnect();
    if (s.node.port) s.node.port.close();
    sources[channel] = null;
  }

  var GENERATORS = {sine: true, white: true, pink: true, impulse: true, sweep: true};

  // Plays the source of a choice (the JSON of session's InputChoice) into a channel; resolves to what
  // the row should say, or rejects with a message a person can act on.
  async function setInput(channel, json) {
    var choice = JSON.parse(json);
    choices[channel] = json;
    if (!merger || channel >= merger.numberOfInputs) return "";
    var playing = sources[channel];
    if (playing && playing.kind === choice.kind && GENERATORS[choice.kind]) {
      playing.node.port.postMessage(choice); // the same generator, new settings: no restart, no click
      return "";
    }
    if (playing && playing.kind === choice.kind && choice.kind === "file") {
      playing.gain.gain.setTargetAtTime(choice.level, ctx.currentTime, 0.01);
      return playing.label;
    }
    release(channel);
    if (GENERATORS[choice.kind]) {
      var node = new AudioWorkletNode(ctx, "fw-io-source", {numberOfInputs: 0, numberOfOutputs: 1, outputChannelCount: [1],
        processorOptions: choice});
      node.connect(merger, 0, channel);
      sources[channel] = {kind: choice.kind, node: node};
      return "";
    }
    if (choice.kind === "file") {
      var file = buffers[channel];
      if (!file) return "choose a file";
      var player = ctx.createBufferSource();
      player.buffer = file.buffer;
      player.loop = true;
      var gain = ctx.createGain();
      gain.gain.value = choice.level;
      player.connect(gain);
      gain.connect(merger, 0, channel); // the merger's input is mono: a stereo file is mixed down
      player.start();
      var label = "looping " + file.name + " (" + file.buffer.duration.toFixed(2) + " s, "
        + file.buffer.numberOfChannels + " ch)"; // decodeAudioData resampled it to the context's rate
      sources[channel] = {kind: "file", node: player, gain: gain, label: label};
      return label;
    }
    if (choice.kind === "microphone") {
      if (!microphone) {
        microphone = navigator.mediaDevices.getUserMedia({audio: {echoCancellation: false, noiseSuppression: false,
          autoGainControl: false}});
      }
      var stream;
      try {
        stream = await microphone;
      } catch (e) {
        microphone = null;
        throw new Error("the microphone could not be opened: " + (e && e.message ? e.message : e));
      }
      if (sources[channel]) release(channel); // chosen again while the permission was asked
      var mic = ctx.createMediaStreamSource(stream);
      mic.connect(merger, 0, channel);
      sources[channel] = {kind: "microphone", node: mic};
      var track = stream.getAudioTracks()[0];
      return "listening to " + (track && track.label ? track.label : "the microphone");
    }
    return ""; // silence
  }

  // Decodes a file a person chose (any format the browser decodes) and loops it into the channel.
  async function setFile(channel, file, json) {
    var bytes = await file.arrayBuffer();
    var buffer;
    try {
      buffer = await ctx.decodeAudioData(bytes);
    } catch (e) {
      throw new Error(file.name + " is not audio this browser can decode");
    }
    buffers[channel] = {name: file.name, buffer: buffer};
    release(channel);
    return setInput(channel, json);
  }

  // ---- recording

  function toggleRecording() {
    var button = document.querySelector("[data-role='record']");
    if (!tap) return;
    if (!recording) {
      recording = {blocks: [], stopping: false};
      tap.port.postMessage({record: true});
      button.setAttribute("aria-pressed", "true");
      button.classList.add("recording");
    } else if (!recording.stopping) {
      recording.stopping = true;
      tap.port.postMessage({record: false});
      button.setAttribute("aria-pressed", "false");
      button.classList.remove("recording");
    }
  }

  function toggleRecordingOff() {
    var button = document.querySelector("[data-role='record']");
    tap.port.postMessage({record: false});
    var rec = recording;
    recording = null;
    if (button) {
      button.setAttribute("aria-pressed", "false");
      button.classList.remove("recording");
    }
    if (rec && rec.blocks.length) download(wav(rec.blocks, ctx.sampleRate), fileName());
  }

  function recorded(message) {
    if (!recording) return;
    for (var i = 0; i < message.samples.length; i++) recording.blocks.push(message.samples[i]);
    if (message.done) {
      var blocks = recording.blocks;
      recording = null;
      download(wav(blocks, ctx.sampleRate), fileName());
    }
  }

  // 16-bit PCM WAV, interleaved, with the channel count of the first block (later blocks padded or cut).
  function wav(blocks, rate) {
    var channels = blocks.length ? blocks[0].length : 1;
    var frames = blocks.length * 128;
    var dataBytes = frames * channels * 2;
    var view = new DataView(new ArrayBuffer(44 + dataBytes));
    ascii(view, 0, "RIFF");
    view.setUint32(4, 36 + dataBytes, true);
    ascii(view, 8, "WAVE");
    ascii(view, 12, "fmt ");
    view.setUint32(16, 16, true);
    view.setUint16(20, 1, true); // PCM
    view.setUint16(22, channels, true);
    view.setUint32(24, rate, true);
    view.setUint32(28, rate * channels * 2, true);
    view.setUint16(32, channels * 2, true);
    view.setUint16(34, 16, true);
    ascii(view, 36, "data");
    view.setUint32(40, dataBytes, true);
    var at = 44;
    for (var b = 0; b < blocks.length; b++) {
      for (var i = 0; i < 128; i++) {
        for (var c = 0; c < channels; c++) {
          var d = blocks[b][c];
          var v = d ? Math.max(-1, Math.min(1, d[i])) : 0;
          view.setInt16(at, Math.round(v < 0 ? v * 32768 : v * 32767), true);
          at += 2;
        }
      }
    }
    return new Blob([view.buffer], {type: "audio/wav"});
  }

  function ascii(view, at, s) {
    for (var i = 0; i < s.length; i++) view.setUint8(at + i, s.charCodeAt(i));
  }

  function fileName() {
    var title = document.querySelector("[data-role='title']");
    var name = title ? title.textContent.replace(/\s*•$/, "").trim() : ""; // "name •" while unsaved
    name = name.substring(name.lastIndexOf("/") + 1).replace(/\.(json|dsppat)$/, "").replace(/[^\w.\- ]/g, "_");
    return (name || "untitled") + ".wav";
  }

  function download(blob, name) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 60000);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var record = document.querySelector("[data-role='record']");
    if (record) record.addEventListener("click", toggleRecording);
  });

  window.faustwireIo = {attach: attach, played: played, setChannels: setChannels, setInput: setInput, setFile: setFile,
    sampleRate: function () { return ctx ? ctx.sampleRate : 0; }};
})();
