/**
 * Reading exercise files: {@link org.parkbench.exercises.load.ExerciseLoader} reads every
 * {@code exercises/*.md} of the cases of a casebook, reports each problem as a core diagnostic at
 * file:line:column, computes every variant's key, and returns an
 * {@link org.parkbench.exercises.load.ExerciseSet}.
 */
package org.parkbench.exercises.load;
