// Starts the page once it has loaded; a script file, not an onload attribute, so that the
// Content-Security-Policy needs no 'unsafe-inline' for scripts.
// The same script serves the editor and the phone page (body data-page="remote").
window.addEventListener("load", function () { main([document.body.dataset.page || "editor"]); });
