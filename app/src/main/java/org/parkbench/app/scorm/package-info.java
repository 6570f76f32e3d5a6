/**
 * {@code export --format scorm}: the student site as a SCORM 1.2 content package. The site is built
 * as {@code build} builds it, a launch page holds the LMS session (one SCO per case) and reports the
 * exercises' answers, score and progress through the LMS's API; the manifest lists every file.
 */
package org.parkbench.app.scorm;
