/** The code panel's links between the program's lines and the boxes they come from. */
package dev.faustwire.session.code;
