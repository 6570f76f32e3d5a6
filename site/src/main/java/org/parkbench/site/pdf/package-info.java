/**
 * The printed course: a PDF handout of every case (issue 17), rendered from the same views and partials as
 * the site's case pages ({@code site.pages.Handouts}) through a print template and stylesheet of their own,
 * by openhtmltopdf into tagged PDF (PDF/UA-1), figures drawn as vectors from their SVG, fonts embedded from
 * the class path, the same bytes for the same input, written to a staging folder swapped in whole.
 */
package org.parkbench.site.pdf;
