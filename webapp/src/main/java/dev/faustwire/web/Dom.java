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

    static Element svg(String tag) {
        return HTMLDocument.current().createElementNS(SVG, tag);
    }

    @JSBody(params = "element", script = "while (element.firstChild) element.removeChild(element.firstChild);")
    static native void clear(JSObject element);

    /** The data-box-id of the element an event hit, or of its nearest ancestor that has one; null if none. */
    @JSBody(params = "event", script = "var t = event.target;"
            + " var g = t && t.closest ? t.closest('[data-box-id]') : null;"
            + " return g ? g.getAttribute('data-box-id') : null;")
    static native String boxIdOf(Event event);

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

    @JSBody(params = "event", script = "var t = event.target; return !!t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA');")
    static native boolean isTyping(Event event);

    @JSBody(params = "path", script = "return encodeURI(path);")
    static native String encodePath(String path);
}
