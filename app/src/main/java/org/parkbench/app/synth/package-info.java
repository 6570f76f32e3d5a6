/**
 * Synthetic but valid courses of any size ({@code parkbench synth}) for scale tests and the benchmark:
 * invented parks whose actors, stakes, observations and events fit their development model, written
 * in the case data format as data-only cases with an overview and exercises of every kind. Nothing
 * here is a fact; the parks and figures are made up and labelled so.
 */
package org.parkbench.app.synth;
