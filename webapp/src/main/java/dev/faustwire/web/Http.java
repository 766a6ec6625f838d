package dev.faustwire.web;

import org.teavm.jso.ajax.XMLHttpRequest;

/** Requests to the server; the answer's status, ETag and text reach the callback. */
final class Http {
    private Http() {
    }

    /** What an answer gives: its status (0 when the server could not be reached), ETag header and text. */
    interface Reply {
        void answer(int status, String etag, String text);
    }

    /** The older form: the text on a 200, else a message. */
    interface Answer {
        void ok(String text);

        void failed(String message);
    }

    static void get(String url, Answer answer) {
        send("GET", url, null, null, null, (status, etag, text) -> {
            if (status == 200) {
                answer.ok(text);
            } else {
                answer.failed(url + ": HTTP " + status);
            }
        });
    }

    /** Posts a JSON body. */
    static void post(String url, String json, Answer answer) {
        send("POST", url, json, null, null, (status, etag, text) -> {
            if (status == 200) {
                answer.ok(text);
            } else {
                answer.failed(url + ": HTTP " + status);
            }
        });
    }

    /** Any request; {@code header}/{@code value} is one extra request header (If-Match...) or null. */
    static void send(String method, String url, String json, String header, String value, Reply reply) {
        XMLHttpRequest request = XMLHttpRequest.create();
        request.open(method, url);
        request.onComplete(() -> reply.answer(request.getStatus(), request.getResponseHeader("ETag"),
                request.getResponseText()));
        if (header != null && value != null) {
            request.setRequestHeader(header, value);
        }
        if (json == null) {
            request.send();
        } else {
            request.setRequestHeader("Content-Type", "application/json");
            request.send(json);
        }
    }
}
