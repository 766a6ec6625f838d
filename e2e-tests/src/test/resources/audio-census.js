// Test instrumentation (an init script, never part of the page): counts what Web Audio makes.
// Main thread: every AudioNode made by a factory method or an AudioWorkletNode constructor, and how
// many of them the garbage collector has reclaimed (FinalizationRegistry). Audio thread: a module
// added before the page's first worklet module wraps registerProcessor, so that every processor
// instance counts its construction and its end (process() returning false), by processor name.
(function () {
  "use strict";
  var census = {made: {}, collected: {}, contexts: []};
  var registry = new FinalizationRegistry(function (type) {
    census.collected[type] = (census.collected[type] || 0) + 1;
  });
  function count(node, type) {
    census.made[type] = (census.made[type] || 0) + 1;
    registry.register(node, type);
    return node;
  }
  var factories = ["createGain", "createOscillator", "createBufferSource", "createChannelMerger",
    "createChannelSplitter", "createAnalyser", "createBiquadFilter", "createConstantSource", "createDelay",
    "createDynamicsCompressor", "createMediaStreamSource", "createMediaElementSource", "createScriptProcessor",
    "createStereoPanner", "createWaveShaper", "createConvolver", "createIIRFilter", "createPanner",
    "createMediaStreamDestination"];
  factories.forEach(function (name) {
    [BaseAudioContext.prototype, AudioContext.prototype].forEach(function (proto) {
      var original = Object.prototype.hasOwnProperty.call(proto, name) ? proto[name] : null;
      if (!original) return;
      proto[name] = function () { return count(original.apply(this, arguments), name.substring(6)); };
    });
  });
  var OriginalWorkletNode = window.AudioWorkletNode;
  window.AudioWorkletNode = class CountedWorkletNode extends OriginalWorkletNode {
    constructor(ctx, name, options) {
      super(ctx, name, options);
      count(this, "AudioWorkletNode");
    }
  };
  var OriginalContext = window.AudioContext;
  window.AudioContext = class CountedContext extends OriginalContext {
    constructor(options) {
      super(options);
      census.contexts.push(this);
    }
  };
  var workletCode = "(function () {" +
    " var counts = {}; var original = globalThis.registerProcessor;" +
    " globalThis.registerProcessor = function (name, cls) {" +
    "  counts[name] = {made: 0, ended: 0};" +
    "  var Counted = class extends cls {" +
    "   constructor(options) { super(options); counts[name].made++; }" +
    "   process(inputs, outputs, parameters) { var going = super.process(inputs, outputs, parameters);" +
    "    if (going === false && !this.__ended) { this.__ended = true; counts[name].ended++; } return going; } };" +
    "  return original(name, Counted); };" +
    " class FwCensus extends AudioWorkletProcessor { constructor() { super();" +
    "  this.port.onmessage = function () { this.postMessage(JSON.parse(JSON.stringify(counts))); }; }" +
    "  process() { return true; } }" +
    " original('fw-census', FwCensus); })();";
  var added = new WeakMap();
  var originalAddModule = AudioWorklet.prototype.addModule;
  AudioWorklet.prototype.addModule = function (url, options) {
    var worklet = this;
    if (!added.has(worklet)) {
      var mine = URL.createObjectURL(new Blob([workletCode], {type: "text/javascript"}));
      added.set(worklet, originalAddModule.call(worklet, mine));
    }
    return added.get(worklet).then(function () { return originalAddModule.call(worklet, url, options); });
  };
  // The processors' counts, asked of the audio thread through a census node of the page's context.
  census.processors = function () {
    var ctx = census.contexts[census.contexts.length - 1];
    var node = new OriginalWorkletNode(ctx, "fw-census");
    return new Promise(function (resolve) {
      node.port.onmessage = function (e) { node.port.close(); resolve(e.data); };
      node.port.postMessage("count");
    });
  };
  window.__fwCensus = census;
})();
