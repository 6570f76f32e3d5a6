/**
 * The printed course (issue 17): what a tagged PDF (PDF/UA-1) rendered by openhtmltopdf needs beyond
 * the renderer itself, such as {@link org.parkbench.site.pdf.LinkDescriptions}, the description every
 * link carries; the fonts it embeds are in {@code parkbench/site/pdf-fonts/} (decision 014).
 */
package org.parkbench.site.pdf;
