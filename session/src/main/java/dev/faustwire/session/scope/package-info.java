/**
 * Looking at the sound: where a scope trace starts, how spectrum bins map to a log frequency axis
 * and a dB scale, the level a wire meter shows, and which wire is probed. The page draws what these
 * decide.
 */
package dev.faustwire.session.scope;
