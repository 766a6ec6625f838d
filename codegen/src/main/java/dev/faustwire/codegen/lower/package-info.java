/**
 * Pass 7: analysed levels to the program model; every decision of the output (scopes, loop lambdas
 * and selectors, iteration lambdas, the effect split, bargraph labels) is made here.
 */
package dev.faustwire.codegen.lower;
