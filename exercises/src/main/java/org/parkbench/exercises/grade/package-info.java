/**
 * Grading: answer files read strictly ({@link org.parkbench.exercises.grade.AnswerFileReader}),
 * re-scored from scratch against the keys ({@link org.parkbench.exercises.grade.Grader}) under a
 * {@link org.parkbench.exercises.grade.SolutionPolicy} for answers the file's events show given
 * after the worked solution was opened, the points earned, pending hand-marking and at most
 * ({@link org.parkbench.exercises.grade.Points}), a gradebook CSV for a learning platform and a
 * list of short answers to score by hand ({@link org.parkbench.exercises.grade.GradebookCsv}), and
 * the lecturer's scores read back from that list ({@link org.parkbench.exercises.grade.ManualScores}).
 */
package org.parkbench.exercises.grade;
