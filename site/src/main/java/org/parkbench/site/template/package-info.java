/**
 * Rendering text: the one Velocity engine with its escaping (every inserted value is HTML-escaped
 * unless it is {@code TrustedHtml}), the Markdown renderer (commonmark, its output cleaned against a jsoup safelist), and
 * turning rendered pages into UTF-8 bytes.
 */
package org.parkbench.site.template;
