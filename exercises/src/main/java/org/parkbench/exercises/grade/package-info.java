/**
 * Grading: answer files read strictly ({@link org.parkbench.exercises.grade.AnswerFileReader}),
 * re-scored from scratch against the keys ({@link org.parkbench.exercises.grade.Grader}), and a
 * gradebook CSV for a learning platform ({@link org.parkbench.exercises.grade.GradebookCsv}).
 */
package org.parkbench.exercises.grade;
