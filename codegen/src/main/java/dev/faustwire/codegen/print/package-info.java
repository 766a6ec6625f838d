/**
 * Pass 8: the program model as Faust text and source map, through the one writer, deciding
 * nothing.
 */
package dev.faustwire.codegen.print;
