/**
 * Checking answers without showing keys: normalisation of responses, salted answer digests and
 * sealed texts, both stretched ({@link org.parkbench.exercises.check.StretchedHash}), for the
 * student site ({@link org.parkbench.exercises.check.StudentCheck}, read by
 * {@code check.js}), and the comparison the grader uses
 * ({@link org.parkbench.exercises.check.AnswerCheck}).
 */
package org.parkbench.exercises.check;
