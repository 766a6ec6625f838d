/**
 * The Faust-side program model: immutable definitions, functions, environments, iterations, loops
 * and the effect, between analysis and text.
 */
package dev.faustwire.codegen.program;
