/**
 * The pages of the course site: the home page, models, one page per case and per park, comparison,
 * park catalogue, data, exercises, glossary, references, search, 404 and the instructor area, each
 * written by its page class from what core and the exercises give (views built in Java, markup in the
 * Velocity templates), as the set of pages a course makes ({@code PageSet}). Every word a reader sees
 * comes from the site's bundle ({@code parkbench/site/messages_<code>.properties}) in the build's
 * language through {@code PageText}: {@code $t} in the templates, JSON blocks for the scripts.
 */
package org.parkbench.site.pages;
