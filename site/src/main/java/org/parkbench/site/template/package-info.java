/**
 * Rendering pages: the one Velocity engine with its escaping (every inserted value is HTML-escaped
 * unless it is markup's {@code TrustedHtml}, which the Markdown renderer of the markup module makes),
 * and turning rendered pages into UTF-8 bytes.
 */
package org.parkbench.site.template;
