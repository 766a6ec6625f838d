// Faustwire's scope and spectrum drawing: the page's Java (dev.faustwire.session.scope) decides where the
// trace starts, where each bin goes and how tall it is; this only strokes the numbers it is given.
(function () {
  "use strict";
  var TRACE = "#6fb3ff";
  var GRID = "#2f343a";
  var LABEL = "#9ab";

  function clear(canvas) {
    var g = canvas.getContext("2d");
    g.fillStyle = "#15171a";
    g.fillRect(0, 0, canvas.width, canvas.height);
    return g;
  }

  function polyline(g, ys) {
    g.beginPath();
    for (var x = 0; x < ys.length; x++) {
      if (x === 0) g.moveTo(x + 0.5, ys[x]); else g.lineTo(x + 0.5, ys[x]);
    }
    g.stroke();
  }

  // One y per pixel column of the trace; the zero line and the trigger mark behind it.
  function drawTrace(canvas, ys, label) {
    var g = clear(canvas);
    g.strokeStyle = GRID;
    g.beginPath();
    g.moveTo(0, canvas.height / 2 + 0.5);
    g.lineTo(canvas.width, canvas.height / 2 + 0.5);
    g.stroke();
    g.strokeStyle = TRACE;
    g.lineWidth = 1.5;
    polyline(g, ys);
    g.lineWidth = 1;
    g.font = "10px sans-serif";
    g.fillStyle = "rgba(21, 23, 26, 0.8)";
    g.fillRect(2, 2, g.measureText(label).width + 6, 12);
    g.fillStyle = LABEL;
    g.fillText(label, 5, 11);
  }

  // One y per column of the spectrum, the frequency marks (x, labels "|"-separated) along the bottom,
  // the level marks (y, labels) at the left, and the peak's text at the top right.
  function drawSpectrum(canvas, ys, tickXs, tickLabels, dbYs, dbLabels, peak) {
    var g = clear(canvas);
    var bottom = canvas.height;
    var fl = tickLabels.split("|");
    var dl = dbLabels.split("|");
    g.font = "10px sans-serif";
    g.strokeStyle = GRID;
    g.fillStyle = LABEL;
    for (var i = 0; i < tickXs.length; i++) {
      g.beginPath();
      g.moveTo(tickXs[i] + 0.5, 0);
      g.lineTo(tickXs[i] + 0.5, bottom);
      g.stroke();
      if (tickXs[i] + 2 + g.measureText(fl[i]).width <= canvas.width - 18) g.fillText(fl[i], tickXs[i] + 2, bottom - 3);
    }
    for (var j = 0; j < dbYs.length; j++) {
      g.beginPath();
      g.moveTo(0, dbYs[j] + 0.5);
      g.lineTo(canvas.width, dbYs[j] + 0.5);
      g.stroke();
      if (j > 0) g.fillText(dl[j], 2, dbYs[j] - 2);
    }
    g.fillText("Hz", canvas.width - 16, bottom - 14);
    g.strokeStyle = TRACE;
    g.lineWidth = 1.5;
    polyline(g, ys);
    g.lineWidth = 1;
    g.fillStyle = "#ddd";
    g.textAlign = "right";
    g.fillText(peak, canvas.width - 4, 11);
    g.textAlign = "left";
  }

  window.faustwireScope = {drawTrace: drawTrace, drawSpectrum: drawSpectrum};
})();
