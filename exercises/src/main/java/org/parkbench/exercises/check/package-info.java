/**
 * Checking answers without showing keys: normalisation of responses, salted answer digests and
 * sealed texts for the student site ({@link org.parkbench.exercises.check.StudentCheck}, read by
 * {@code check.js}), and the comparison the grader uses
 * ({@link org.parkbench.exercises.check.AnswerCheck}).
 */
package org.parkbench.exercises.check;
