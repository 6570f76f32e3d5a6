/**
 * The one Markdown renderer and HTML sanitiser of the project, shared by the course site and every
 * export to a learning platform so that all of them carry the same markup: {@code MarkdownRenderer}
 * (commonmark with raw HTML escaped and unsafe URLs dropped, then a jsoup safelist of text
 * structure and links, no images, scripts, styles or event attributes), {@code TrustedHtml} (a
 * fragment vouched for, and the one HTML escaping of plain text) and {@code XhtmlFragment} (such a
 * fragment as XML nodes, for formats that embed XHTML). It depends on no other module.
 */
package org.parkbench.markup;
