/**
 * The live session above the audition: several DSPs playing at once (the rack), their routing and
 * levels, audio settings, snapshots and presets. Portable: no threads, no files, ordered collections.
 */
package dev.faustwire.session.live;
