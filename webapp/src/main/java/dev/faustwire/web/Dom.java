package dev.faustwire.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.xml.Element;

/** The few browser calls the JSO API of TeaVM 0.15 lacks, each a line of JavaScript. */
final class Dom {
    static final String SVG = "http://www.w3.org/2000/svg";

    private Dom() {
    }

    /** A callback taking one string, callable from JavaScript. */
    @JSFunctor
    interface StringCallback extends JSObject {
        void accept(String value);
    }

    /** A function from two strings to a string, callable from JavaScript. */
    @JSFunctor
    interface StringFunction2 extends JSObject {
        String apply(String first, String second);
    }

    /** A function from two whole numbers to an object, callable from JavaScript. */
    @JSFunctor
    interface IntObjectFunction2 extends JSObject {
        JSObject apply(int first, int second);
    }

    /** A function from two whole numbers to a string, callable from JavaScript. */
    @JSFunctor
    interface IntStringFunction2 extends JSObject {
        String apply(int first, int second);
    }

    /** A callback without arguments, callable from JavaScript. */
    @JSFunctor
    interface Callback extends JSObject {
        void run();
    }

    static Element svg(String tag) {
        return HTMLDocument.current().createElementNS(SVG, tag);
    }

    @JSBody(params = "element", script = "while (element.firstChild) element.removeChild(element.firstChild);")
    static native void clear(JSObject element);


    @JSBody(params = {"event", "callback"}, script = "var f = event.target.files && event.target.files[0];"
            + " if (!f) return; var r = new FileReader();"
            + " r.onload = function() { callback(r.result); }; r.readAsText(f);")
    static native void readChosenFile(Event event, StringCallback callback);

    @JSBody(params = "event", script = "return event.target.files && event.target.files[0] ? event.target.files[0].name : '';")
    static native String chosenFileName(Event event);

    /** Makes a function callable from page scripts and tests as {@code window.faustwire[name]}. */
    @JSBody(params = {"name", "f"}, script = "window.faustwire = window.faustwire || {}; window.faustwire[name] = f;")
    static native void export(String name, StringFunction2 f);

    /** Makes a callback callable from page scripts and tests as {@code window.faustwire[name]}. */
    @JSBody(params = {"name", "f"}, script = "window.faustwire = window.faustwire || {}; window.faustwire[name] = f;")
    static native void export(String name, StringCallback f);

    /** Makes a function callable from page scripts and tests as {@code window.faustwire[name]}. */
    @JSBody(params = {"name", "f"}, script = "window.faustwire = window.faustwire || {}; window.faustwire[name] = f;")
    static native void export(String name, IntObjectFunction2 f);

    /** Makes a function callable from page scripts and tests as {@code window.faustwire[name]}. */
    @JSBody(params = {"name", "f"}, script = "window.faustwire = window.faustwire || {}; window.faustwire[name] = f;")
    static native void export(String name, IntStringFunction2 f);

    @JSBody(params = "event", script = "var t = event.target; if (t === document.body || t === document.documentElement) t = document.activeElement;"
            + " return !!t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);")
    static native boolean isTyping(Event event);

    @JSBody(params = "path", script = "return encodeURI(path);")
    static native String encodePath(String path);

    @JSBody(params = "id", script = "return document.getElementById(id);")
    static native Element byId(String id);

    @JSBody(params = "f", script = "requestAnimationFrame(function() { f(); });")
    static native void nextFrame(Callback f);

    @JSBody(params = {"f", "ms"}, script = "setInterval(function() { f(); }, ms);")
    static native void every(Callback f, int ms);

    @JSBody(params = "text", script = "document.title = text;")
    static native void setTitle(String text);

    @JSBody(params = "input", script = "var n = input.value.length; input.setSelectionRange(n, n);")
    static native void caretToEnd(JSObject input);

    @JSBody(script = "if (document.activeElement && document.activeElement.blur) document.activeElement.blur();")
    static native void blur();

    /** Focus on the canvas, so that keys reach the editor and not a button pressed before. */
    @JSBody(params = "svg", script = "if (document.activeElement && document.activeElement !== svg"
            + " && document.activeElement.blur) document.activeElement.blur(); if (svg.focus) svg.focus({preventScroll: true});")
    static native void focusCanvas(JSObject svg);

    @JSBody(params = "event", script = "if (event.target && event.target.setPointerCapture)"
            + " { try { event.target.setPointerCapture(event.pointerId); } catch (e) {} }")
    static native void capturePointer(Event event);

    @JSBody(params = "event", script = "return event.clipboardData ? event.clipboardData.getData('text/plain') : null;")
    static native String clipboardText(Event event);

    @JSBody(params = {"event", "text"}, script = "event.clipboardData.setData('text/plain', text);")
    static native void setClipboardText(Event event, String text);

    /** True while a modal dialog of the page is open: its keys are its own. */
    @JSBody(script = "return !!document.querySelector('dialog[open]');")
    static native boolean dialogOpen();

    @JSBody(params = "element", script = "return element.getBoundingClientRect().left;")
    static native double left(JSObject element);

    @JSBody(params = "element", script = "return element.getBoundingClientRect().top;")
    static native double top(JSObject element);

    @JSBody(params = "element", script = "return element.getBoundingClientRect().width;")
    static native double width(JSObject element);

    @JSBody(params = "element", script = "return element.getBoundingClientRect().height;")
    static native double height(JSObject element);

    @JSBody(params = "text", script = "return window.confirm(text);")
    static native boolean confirm(String text);

    @JSBody(params = "dialog", script = "if (!dialog.open) dialog.showModal();")
    static native void showModal(JSObject dialog);

    @JSBody(params = "dialog", script = "if (dialog.open) dialog.close();")
    static native void closeDialog(JSObject dialog);

    /** Today's local time as HH:MM, for messages. */
    @JSBody(params = "ms", script = "var d = new Date(ms); return d.toLocaleString();")
    static native String localTime(double ms);

    /** Milliseconds since the page started, with sub-millisecond resolution: for timings. */
    @JSBody(script = "return performance.now();")
    static native double now();

    /** Milliseconds since 1970: for times kept beyond the page. */
    @JSBody(script = "return Date.now();")
    static native double epochMillis();

    @JSBody(params = {"root", "selector"}, script = "return root.querySelectorAll(selector).length;")
    static native int count(JSObject root, String selector);

    @JSBody(params = {"root", "selector", "i"}, script = "return root.querySelectorAll(selector)[i];")
    static native org.teavm.jso.dom.html.HTMLElement nth(JSObject root, String selector, int i);

    /** A question without arguments, callable from JavaScript. */
    @JSFunctor
    interface Question extends JSObject {
        boolean ask();
    }

    /** Before the page is left: {@code unsaved} keeps a draft and says whether to ask the person first. */
    @JSBody(params = "unsaved", script = "window.addEventListener('beforeunload', function(e) {"
            + " if (unsaved()) { e.preventDefault(); e.returnValue = ''; } });")
    static native void onLeave(Question unsaved);

    /**
     * Opens a file dropped anywhere on the page: {@code opened} is asked first with its name and a null text
     * (a non-empty answer refuses it unread), then given its name and text.
     */
    @JSBody(params = {"document", "opened"}, script = "document.addEventListener('dragover', function(e) {"
            + " if (e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types, 'Files') >= 0) e.preventDefault(); });"
            + " document.addEventListener('drop', function(e) {"
            + " var f = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0]; if (!f) return;"
            + " e.preventDefault(); if (opened(f.name, null)) return;"
            + " var r = new FileReader(); r.onload = function() { opened(f.name, r.result); }; r.readAsText(f); });")
    static native void onFileDrop(JSObject document, StringFunction2 opened);


    /** Appends the elements of some SVG markup to a parent; returns how many children it has then. */
    @JSBody(params = {"parent", "markup"}, script = "parent.insertAdjacentHTML('beforeend', markup);"
            + " return parent.children.length;")
    static native int appendMarkup(JSObject parent, String markup);

    @JSBody(params = {"parent", "markup"}, script = "parent.innerHTML = markup;")
    static native void setInnerMarkup(JSObject parent, String markup);

    @JSBody(params = {"parent", "index"}, script = "return parent.children[index];")
    static native Element child(JSObject parent, int index);

    /** Moves a list shown below a field above it, or to the left, when it would leave its container. */
    @JSBody(params = {"list", "field"}, script = "var area = list.offsetParent; if (!area) return;"
            + " if (list.offsetTop + list.offsetHeight > area.clientHeight && field.offsetTop > list.offsetHeight)"
            + " list.style.top = (field.offsetTop - list.offsetHeight - 2) + 'px';"
            + " if (list.offsetLeft + list.offsetWidth > area.clientWidth)"
            + " list.style.left = Math.max(0, area.clientWidth - list.offsetWidth) + 'px';")
    static native void keepInside(JSObject list, JSObject field);
}
