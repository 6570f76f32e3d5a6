/**
 * A course: the lecturer's course file (title, sessions, cases in reading order, readings, teaching
 * notes, data-only case directories) read into a {@code Course}, or the shipped default course, and
 * the case inputs it names.
 */
package org.parkbench.site.course;
