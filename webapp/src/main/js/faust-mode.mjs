// Faust highlighting for the code panel: a stream tokenizer of our own over CodeMirror's
// StreamLanguage, and the classes its tokens get (styled in app.css, so the page's CSP needs no
// generated style for colours).
import { StreamLanguage } from "@codemirror/language";
import { Tag, tags, tagHighlighter } from "@lezer/highlight";

/** The names Faustwire generates for box outlets, `<Kind>_<box>_<outlet>` (Add_2_0, os_osc_10_1, Loop_16). */
export const generatedName = Tag.define(tags.variableName);

const KEYWORDS = new Set([
  "process", "with", "letrec", "where", "environment", "import", "declare", "component", "library",
  "par", "seq", "sum", "prod", "case", "waveform", "route", "inputs", "outputs", "ondemand",
  "upsampling", "downsampling", "singleprecision", "doubleprecision", "quadprecision",
  "fixedpointprecision"]);

const PRIMITIVES = new Set([
  "mem", "prefix", "int", "float", "rdtable", "rwtable", "select2", "select3", "ffunction",
  "fconstant", "fvariable", "button", "checkbox", "hslider", "vslider", "nentry", "hgroup", "vgroup",
  "tgroup", "hbargraph", "vbargraph", "attach", "soundfile", "enable", "control", "lowest", "highest",
  "assertbounds", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "exp", "exp10", "log",
  "log10", "pow", "sqrt", "abs", "min", "max", "fmod", "remainder", "floor", "ceil", "rint", "xor"]);

/** Operators of the block-diagram algebra and of numbers, longest first. */
const OPERATORS = /^(<:|:>|<<|>>|<=|>=|==|!=|[:,~+\-*\/%^@'&|<>=\\])/;

/** A generated name: a `_<digits>` part after the kind (Add_2_0, Loop_16, gen_history_3_fed). */
function isGenerated(word) {
  return /^[A-Za-z][A-Za-z0-9]*(_[A-Za-z][A-Za-z0-9]*)*_[0-9]+(_[A-Za-z0-9]+)*$/.test(word);
}

function blockComment(stream, state) {
  while (!stream.eol()) {
    if (stream.match("*/")) {
      state.inComment = false;
      return "comment";
    }
    stream.next();
  }
  return "comment";
}

function word(stream, state, text) {
  if (stream.peek() === ".") {
    return "namespace"; // os in os.osc, or the environment of a lambda body
  }
  if (KEYWORDS.has(text)) {
    return "keyword";
  }
  if (PRIMITIVES.has(text)) {
    return "variableName.standard";
  }
  const defines = state.lineStart && stream.match(/^\s*(\([^)]*\))?\s*=(?!=)/, false);
  if (isGenerated(text)) {
    return defines ? "generated variableName.definition" : "generated";
  }
  return defines ? "variableName.definition" : "variableName";
}

/** The tokenizer: comments, strings, numbers, names (keywords, primitives, generated), operators. */
export const faustParser = {
  name: "faust",
  startState: () => ({ inComment: false, lineStart: true }),
  copyState: (state) => ({ inComment: state.inComment, lineStart: state.lineStart }),
  token(stream, state) {
    if (stream.sol()) {
      state.lineStart = true;
    }
    if (state.inComment) {
      return blockComment(stream, state);
    }
    if (stream.eatSpace()) {
      return null;
    }
    const first = state.lineStart;
    state.lineStart = false;
    if (stream.match("//")) {
      stream.skipToEnd();
      return "comment";
    }
    if (stream.match("/*")) {
      state.inComment = true;
      return blockComment(stream, state);
    }
    if (stream.peek() === "\"") {
      stream.next();
      let escaped = false;
      while (!stream.eol()) {
        const c = stream.next();
        if (c === "\"" && !escaped) {
          break;
        }
        escaped = !escaped && c === "\\";
      }
      return "string";
    }
    if (stream.match(/^([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?f?/)) {
      return "number";
    }
    const name = stream.match(/^[A-Za-z_][A-Za-z0-9_]*/);
    if (name) {
      if (name[0] === "_") {
        return "variableName.standard"; // the wire
      }
      state.lineStart = first;
      const token = word(stream, state, name[0]);
      state.lineStart = false;
      return token;
    }
    if (stream.eat("!")) {
      return stream.eat("=") ? "operator" : "variableName.standard"; // the cut
    }
    if (stream.match(OPERATORS)) {
      return "operator";
    }
    if (stream.match(/^[()[\]{}]/)) {
      return "bracket";
    }
    stream.next();
    return "punctuation";
  },
  tokenTable: { generated: generatedName },
  languageData: { commentTokens: { line: "//", block: { open: "/*", close: "*/" } } },
};

/** Faust, for CodeMirror. */
export const faustLanguage = StreamLanguage.define(faustParser);

/** The class of each kind of token, styled under `.code-panel` in app.css. */
export const faustHighlighter = tagHighlighter([
  { tag: tags.comment, class: "fw-comment" },
  { tag: tags.string, class: "fw-string" },
  { tag: tags.number, class: "fw-number" },
  { tag: tags.keyword, class: "fw-keyword" },
  { tag: tags.standard(tags.variableName), class: "fw-primitive" },
  { tag: tags.definition(tags.variableName), class: "fw-definition" },
  { tag: generatedName, class: "fw-generated" },
  { tag: tags.namespace, class: "fw-namespace" },
  { tag: tags.operator, class: "fw-operator" },
  { tag: [tags.bracket, tags.punctuation], class: "fw-punctuation" },
]);
