/** The completion list of the box text field: box kinds and library functions that match what is typed. */
package dev.faustwire.session.complete;
