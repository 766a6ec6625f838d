/**
 * Gen import: read (JSON to Gen records, gen~ found inside .maxpat), resolve (abstractions,
 * {@code gen @file}, {@code require}), GenExpr, translate through one operator table kept as data,
 * report. Portable: no files, no reflection, ordered collections only.
 */
package dev.faustwire.gen;
