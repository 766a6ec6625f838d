package dev.faustwire.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The hover text of a box at fault: while the pointer rests on a box whose element carries
 * {@code data-problem} (its problems, one per line), a tooltip ({@code data-role="problem-tip"})
 * shows them beside the pointer; it goes when the pointer leaves the box or a button goes down.
 */
final class ProblemTip {
    private ProblemTip() {
    }

    /** Adds the tooltip to the canvas area and follows the pointer over the canvas. */
    @JSBody(params = {"svg", "area"}, script = ""
            + "var tip = document.createElement('div');"
            + "tip.setAttribute('data-role', 'problem-tip'); tip.setAttribute('role', 'tooltip');"
            + "tip.id = 'problem-tip'; tip.className = 'problem-tip'; tip.hidden = true; area.appendChild(tip);"
            + "var hide = function() { tip.hidden = true; };"
            + "svg.addEventListener('pointermove', function(e) {"
            + "  if (e.buttons) { hide(); return; }"
            + "  var g = e.target && e.target.closest ? e.target.closest('g[data-box-id]') : null;"
            + "  var text = g ? g.getAttribute('data-problem') : null;"
            + "  if (!text) { hide(); return; }"
            + "  if (tip.textContent !== text) tip.textContent = text;"
            + "  tip.setAttribute('data-box-id', g.getAttribute('data-box-id'));"
            + "  var r = area.getBoundingClientRect();"
            + "  tip.style.left = Math.min(e.clientX - r.left + 14, Math.max(0, r.width - 320)) + 'px';"
            + "  tip.style.top = (e.clientY - r.top + 18) + 'px';"
            + "  tip.hidden = false;"
            + "});"
            + "svg.addEventListener('pointerleave', hide);"
            + "svg.addEventListener('pointerdown', hide);")
    static native void install(JSObject svg, JSObject area);
}
