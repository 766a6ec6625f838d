/**
 * Pass 2: box texts to their meaning (BoxSpec): primitives, library functions, controls,
 * structure boxes. Raises E008, E010 and E011 for texts that mean nothing, E020 to E022 (and E016
 * for a failed probe) for what the resolve pass found, W003 for an embedded patch ignored.
 */
package dev.faustwire.codegen.read;
