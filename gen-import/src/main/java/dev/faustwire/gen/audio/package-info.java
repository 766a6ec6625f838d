/**
 * Audio files for Gen's {@code buffer}: WAV (RIFF/RIFX, PCM, IEEE float, WAVE_FORMAT_EXTENSIBLE) and
 * AIFF/AIFC (PCM, {@code sowt}, {@code fl32}/{@code fl64}) decoded from bytes, and a decoded file as the
 * Faust text of a table's content. Portable: no files, every length checked against the bytes there are.
 */
package dev.faustwire.gen.audio;
