package dev.faustwire.web;

import org.teavm.jso.ajax.XMLHttpRequest;

/** GET requests to the server; the answer's text reaches the callback, or an error message. */
final class Http {
    private Http() {
    }

    /** What an answer gives: the text on success, else a message. */
    interface Answer {
        void ok(String text);

        void failed(String message);
    }

    static void get(String url, Answer answer) {
        XMLHttpRequest request = XMLHttpRequest.create();
        request.open("GET", url);
        request.onComplete(() -> {
            if (request.getStatus() == 200) {
                answer.ok(request.getResponseText());
            } else {
                answer.failed(url + ": HTTP " + request.getStatus());
            }
        });
        request.send();
    }
}
