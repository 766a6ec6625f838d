/**
 * Pass 3: the graph of a patch level, the lines between ports that exist (E006) and receives
 * joined to their sends; NodeGraph, the form the checks walk.
 */
package dev.faustwire.codegen.graph;
