/**
 * The block diagram view: the server's answer about a drawn diagram, the trail of files opened
 * from the top, and which box a block's label comes from. The page shows what these decide.
 */
package dev.faustwire.session.diagram;
