/**
 * The UI a program will have, read from the program model: which control each box is, under which
 * groups, so that the page can find a canvas box's control address.
 */
package dev.faustwire.codegen.ui;
