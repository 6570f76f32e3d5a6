/**
 * Classification of parks into the development models of Yeerken, Zhang and Liu (2017): rules
 * over the kinds and roles of the actors holding stakes in a park on a date, scores per model,
 * the mixed flag, disagreement with the declared model and a suggested variant. Start at
 * {@link org.parkbench.core.classify.Classifier}; the rules and their weights are listed in
 * {@link org.parkbench.core.classify.StandardRules} and argued in
 * docs/decisions/002-classifier-rules.md.
 */
package org.parkbench.core.classify;
