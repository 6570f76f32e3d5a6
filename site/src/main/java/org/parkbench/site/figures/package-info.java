/**
 * The figures as the site shows them: each figure of the catalogue drawn (or reused from the previous
 * build when its data is unchanged) as an SVG with the CSV of its data, and what a page needs to show it
 * — image, alt text, caption, source line and the data as a table.
 */
package org.parkbench.site.figures;
