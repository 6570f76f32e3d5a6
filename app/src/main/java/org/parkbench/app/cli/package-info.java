/**
 * The {@code parkbench} command line (picocli): one command class per task — build, serve, validate,
 * stats, figures, export, grade, new-case, synth — that reads the user's input (course file, case
 * directories, answer files), hands it to the site, exercises, charts or core, and prints what happened
 * or every problem at once as positioned diagnostics. Exit codes: 0 success, 1 invalid input, 2 usage.
 */
package org.parkbench.app.cli;
