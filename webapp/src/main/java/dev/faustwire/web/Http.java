package dev.faustwire.web;

import org.teavm.jso.ajax.XMLHttpRequest;

/** Requests to the server; the answer's text reaches the callback, or an error message. */
final class Http {
    private Http() {
    }

    /** What an answer gives: the text on success, else a message. */
    interface Answer {
        void ok(String text);

        void failed(String message);
    }

    static void get(String url, Answer answer) {
        send("GET", url, null, answer);
    }

    /** Posts a JSON body. */
    static void post(String url, String json, Answer answer) {
        send("POST", url, json, answer);
    }

    private static void send(String method, String url, String json, Answer answer) {
        XMLHttpRequest request = XMLHttpRequest.create();
        request.open(method, url);
        request.onComplete(() -> {
            if (request.getStatus() == 200) {
                answer.ok(request.getResponseText());
            } else {
                answer.failed(url + ": HTTP " + request.getStatus());
            }
        });
        if (json == null) {
            request.send();
        } else {
            request.setRequestHeader("Content-Type", "application/json");
            request.send(json);
        }
    }
}
