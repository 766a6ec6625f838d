/** Audition-only wire taps: the program model with one more output, the signal of a chosen wire. */
package dev.faustwire.codegen.tap;
