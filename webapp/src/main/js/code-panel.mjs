// The code panel: the generated program in a read-only CodeMirror 6 editor with line numbers and
// our Faust highlighting. The page (dev.faustwire.web.CodePanel) shows a program, highlights the
// lines of the selected boxes, and hears which line the person clicked or moved the cursor to.
// Bundled by esbuild into web/code-panel.js (an IIFE that sets window.faustwireCodePanel).
import { EditorState, EditorSelection, RangeSetBuilder, StateEffect, StateField } from "@codemirror/state";
import { Decoration, EditorView, GutterMarker, ViewPlugin, gutterLineClass, lineNumbers } from "@codemirror/view";
import { syntaxHighlighting } from "@codemirror/language";
import { faustHighlighter, faustLanguage } from "./faust-mode.mjs";

const setLinked = StateEffect.define();
const linkedLine = Decoration.line({ class: "linked" });
const linkedGutter = new (class extends GutterMarker {
  constructor() {
    super();
    this.elementClass = "linked";
  }
})();

/** The highlighted lines (1-based, ascending) and their decorations, replaced by setLinked, cleared by a new program. */
const linkedField = StateField.define({
  create: () => ({ lines: [], decorations: Decoration.none, gutter: Decoration.none }),
  update(value, tr) {
    let next = tr.docChanged ? { lines: [], decorations: Decoration.none, gutter: Decoration.none } : value;
    for (const effect of tr.effects) {
      if (effect.is(setLinked)) {
        next = decorate(tr.state.doc, effect.value);
      }
    }
    return next;
  },
  provide: (field) => [
    EditorView.decorations.from(field, (value) => value.decorations),
    gutterLineClass.from(field, (value) => value.gutter),
  ],
});

function decorate(doc, numbers) {
  const lines = numbers.filter((n) => n >= 1 && n <= doc.lines);
  const decorations = new RangeSetBuilder();
  const gutter = new RangeSetBuilder();
  for (const n of lines) {
    const from = doc.line(n).from;
    decorations.add(from, from, linkedLine);
    gutter.add(from, from, linkedGutter);
  }
  return { lines, decorations: decorations.finish(), gutter: gutter.finish() };
}

/** Every line in view carries its number as data-line, so a line of the program can be found in the page. */
const lineNumberAttributes = ViewPlugin.fromClass(class {
  constructor(view) {
    this.decorations = this.build(view);
  }

  update(update) {
    if (update.docChanged || update.viewportChanged) {
      this.decorations = this.build(update.view);
    }
  }

  build(view) {
    const builder = new RangeSetBuilder();
    const doc = view.state.doc;
    for (const { from, to } of view.visibleRanges) {
      for (let pos = from; pos <= to;) {
        const line = doc.lineAt(pos);
        builder.add(line.from, line.from, Decoration.line({ attributes: { "data-line": String(line.number) } }));
        pos = line.to + 1;
      }
    }
    return builder.finish();
  }
}, { decorations: (plugin) => plugin.decorations });

/** Tells the page the line of the cursor each time the person places it (click or keys), not when a program replaces the text nor while a range is selected. */
function cursorListener(onLine) {
  return EditorView.updateListener.of((update) => {
    if (!update.selectionSet || update.docChanged) {
      return;
    }
    if (!update.transactions.some((tr) => tr.isUserEvent("select"))) {
      return;
    }
    const cursor = update.state.selection.main;
    if (cursor.empty) { // a range being selected (to copy it, say) keeps the box chosen where it began
      onLine(update.state.doc.lineAt(cursor.head).number);
    }
  });
}

/** A read-only Faust editor in host; onLine(n) hears the line the person puts the cursor in. */
function create(host, onLine) {
  const view = new EditorView({
    parent: host,
    state: EditorState.create({
      doc: "",
      extensions: [
        EditorState.readOnly.of(true),
        lineNumbers(),
        faustLanguage,
        syntaxHighlighting(faustHighlighter),
        linkedField,
        lineNumberAttributes,
        cursorListener(onLine),
        // tabindex says so to checkers that do not count contenteditable as focusable (axe: scrollable-region-focusable)
        EditorView.contentAttributes.of({ "aria-label": "Generated Faust program", "aria-readonly": "true", tabindex: "0" }),
      ],
    }),
  });
  let shownLines = "";
  const panel = {
    /** Replaces the program; the cursor goes back to the top and no line is highlighted. */
    show(text) {
      if (text !== view.state.doc.toString()) {
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: EditorSelection.cursor(0) });
      }
      shownLines = "";
    },
    /** Highlights lines given as "3,4,9" ("" for none); scrolls them into view when asked. */
    highlight(list, scroll) {
      if (list === shownLines) {
        return;
      }
      shownLines = list;
      const lines = list === "" ? [] : list.split(",").map(Number).filter((n) => n >= 1 && n <= view.state.doc.lines);
      const effects = [setLinked.of(lines)];
      if (scroll && lines.length > 0) {
        // the whole range if it fits, else its first line (the head), in the panel and in the page around it
        const doc = view.state.doc;
        const range = EditorSelection.range(doc.line(lines[lines.length - 1]).to, doc.line(lines[0]).from);
        effects.push(EditorView.scrollIntoView(range, { y: "nearest", yMargin: 8 }));
      }
      view.dispatch({ effects });
    },
    text: () => view.state.doc.toString(),
    highlighted: () => view.state.field(linkedField).lines.slice(),
  };
  // what the panel shows, for tests to read (CodeMirror puts only the lines in view in the page)
  window.faustwireCode = { text: panel.text, highlighted: panel.highlighted };
  return panel;
}

/** Puts text on the clipboard (the Copy button); calls done(true) or done(false). */
function copy(text, done) {
  navigator.clipboard.writeText(text).then(() => done(true), () => done(false));
}

/** Saves text as a file named so (the Download button). */
function download(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

window.faustwireCodePanel = { create, copy, download };
