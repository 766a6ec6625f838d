/** The audition model: when to compile, what the server's module is, and how one DSP replaces another. */
package dev.faustwire.session.audition;
