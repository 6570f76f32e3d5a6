/**
 * Keys computed from the data: {@link org.parkbench.exercises.key.KeyComputer} evaluates a numeric
 * exercise's derivation, looks up the facts choice keys state, the models of items to classify and
 * the dates of events to order, and prepares each variant
 * ({@link org.parkbench.exercises.key.ExerciseVariant}) with its {@link org.parkbench.exercises.key.Key}.
 */
package org.parkbench.exercises.key;
