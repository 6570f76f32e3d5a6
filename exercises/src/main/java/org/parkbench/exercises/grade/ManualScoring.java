package org.parkbench.exercises.grade;

import java.util.List;
import org.parkbench.exercises.model.RubricCriterion;

/** A short answer the lecturer scores by hand, with what they need beside it: the model answer and the rubric. */
public record ManualScoring(String file, String studentId, String exerciseId, int variant, String response,
                            String modelAnswer, List<RubricCriterion> rubric, int maxScore) {
    public ManualScoring {
        rubric = List.copyOf(rubric);
    }
}
