/**
 * The figure catalogue and how figures are drawn: every figure a casebook yields (contributions found
 * with {@code ServiceLoader}), each with its title, caption, source line, alt text written from the data
 * and the data as a table; drawn with JFreeChart in one house style to deterministic SVG and to PNG,
 * and exported with a contact sheet. Knows core only.
 */
package org.parkbench.charts;
