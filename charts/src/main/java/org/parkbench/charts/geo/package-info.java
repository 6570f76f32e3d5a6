/**
 * The world map's data: Natural Earth 1:110m country outlines (public domain) shipped as a compact
 * text file, read once and shared.
 */
package org.parkbench.charts.geo;
