// Starts the page once it has loaded; a script file, not an onload attribute, so that the
// Content-Security-Policy needs no 'unsafe-inline' for scripts.
window.addEventListener("load", function () { main(); });
