/**
 * Pass 2: box texts to their meaning (BoxSpec): primitives, library functions, controls, structure
 * boxes; unknown boxes and wrong arguments are reported here.
 */
package dev.faustwire.codegen.read;
