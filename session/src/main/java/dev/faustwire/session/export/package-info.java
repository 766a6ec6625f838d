/**
 * The editor's Export menu without the browser: the targets the server offers, the request of an
 * export, and the state of its job as the server answers it. Portable: no threads, no files.
 */
package dev.faustwire.session.export;
