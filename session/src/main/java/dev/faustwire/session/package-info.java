/** The live editing session above the editing model: what the editor computes from the patch as it changes. */
package dev.faustwire.session;
