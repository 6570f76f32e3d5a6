/**
 * The pages of the course site: the home page, models, one page per case and per park, comparison,
 * park catalogue, data, exercises, glossary, references, search, 404 and the instructor area, each
 * written by its page class from what core and the exercises give (views built in Java, markup in the
 * Velocity templates), as the set of pages a course makes ({@code PageSet}).
 */
package org.parkbench.site.pages;
