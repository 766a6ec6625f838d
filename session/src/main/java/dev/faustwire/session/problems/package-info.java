/** The problems list: each diagnostic's line (code, box, message), the hover text of a box at fault, the count in the title. */
package dev.faustwire.session.problems;
