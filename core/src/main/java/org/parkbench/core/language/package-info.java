/**
 * The languages a course is read in, and the message bundles every reader-facing string comes from.
 *
 * <p>{@link org.parkbench.core.language.Language} names a language once (its folder and file suffix,
 * its HTML tag, its locale); {@link org.parkbench.core.language.Messages} reads one module's bundle
 * in one language from UTF-8 {@code .properties} files, with no fallback between languages, so a
 * missing translation is an error and never English on a Chinese page. Diagnostics for contributors
 * are not messages: they stay in English. The bottom of core beside the model: it uses nothing else.
 */
package org.parkbench.core.language;
