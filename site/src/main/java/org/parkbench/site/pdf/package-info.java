/**
 * The printed course (issue 17): a PDF handout of every case, rendered from the same views and partials as
 * the site's case pages ({@code site.pages.Handouts}) through a print template and stylesheet of their own,
 * by openhtmltopdf into tagged PDF (PDF/UA-1), figures drawn as vectors from their SVG, the fonts of
 * {@code parkbench/site/pdf-fonts/} embedded, every link described ({@link org.parkbench.site.pdf.LinkDescriptions};
 * decision 014), the same bytes for the same input, written to a staging folder swapped in whole.
 */
package org.parkbench.site.pdf;
