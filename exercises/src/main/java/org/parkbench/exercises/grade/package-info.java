/**
 * Grading: answer files read strictly ({@link org.parkbench.exercises.grade.AnswerFileReader}),
 * re-scored from scratch against the keys ({@link org.parkbench.exercises.grade.Grader}) under a
 * {@link org.parkbench.exercises.grade.SolutionPolicy} for answers the file's events show given
 * after the worked solution was opened, and a gradebook CSV for a learning platform ({@link org.parkbench.exercises.grade.GradebookCsv}).
 */
package org.parkbench.exercises.grade;
