/**
 * Pass 1 of code generation: every sub-patcher file and code-box arity the patch needs, looked up
 * through Resources before any analysis.
 */
package dev.faustwire.codegen.resolve;
