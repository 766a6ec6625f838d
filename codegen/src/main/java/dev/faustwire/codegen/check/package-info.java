/**
 * The analyses of a patch level, each a pass that says which codes it raises: channels (E012),
 * iteration bodies (E023), voice and effect (E025, E026), loops (E013, E024).
 */
package dev.faustwire.codegen.check;
