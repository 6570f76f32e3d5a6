package org.parkbench.core.model;

import java.util.List;

/**
 * Reads a park's development model from its stakes: what a {@link CaseStudy} asks of each of its
 * parks once, when it is made. The model knows only this question; the rules that answer it are
 * {@code core.classify}'s {@code Classifier}, which implements it.
 */
@FunctionalInterface
public interface ParkClassifier {
    /** The classification of {@code park} from {@code stakes}, the park's own stakes. */
    Classification classify(Park park, List<Stake> stakes);
}
