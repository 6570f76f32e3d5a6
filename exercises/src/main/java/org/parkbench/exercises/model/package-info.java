/**
 * The exercise model: one immutable {@link org.parkbench.exercises.model.Exercise} per exercise
 * file, a sealed set of six types, with what each file declares (choices and the facts they state,
 * the derivation behind a numeric key, items to classify or order, rubrics, variants). No keys:
 * those are computed from the data in {@code org.parkbench.exercises.key}.
 */
package org.parkbench.exercises.model;
