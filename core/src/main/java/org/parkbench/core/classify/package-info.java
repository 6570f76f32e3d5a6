/**
 * Classification of parks into the development models of Yeerken, Zhang and Liu (2017): rules
 * over the kinds and roles of the actors holding stakes in a park on a date, scores per model,
 * the mixed flag, disagreement with the declared model and a suggested variant. Start at
 * {@link org.parkbench.core.classify.Classifier}; the rules and their weights are listed in
 * {@link org.parkbench.core.classify.StandardRules} and argued in
 * docs/decisions/002-classifier-rules.md. What it concludes
 * ({@link org.parkbench.core.model.Classification}, with its fired rules and context notes) is part
 * of {@code core.model}: each park is classified once, when its
 * {@link org.parkbench.core.model.CaseStudy} is made, and the case keeps the result.
 */
package org.parkbench.core.classify;
