package org.parkbench.exercises.grade;

import java.util.List;

/**
 * The outcome of grading a set of answer files, one result per file in the order given, under one
 * {@link SolutionPolicy}. The exit code {@code grade} uses: 0 when every file was graded, 1 when at
 * least one was rejected (the others are graded and written all the same); usage errors (2) are the
 * command line's.
 */
public record GradeReport(List<FileResult> results, SolutionPolicy policy) {
    public GradeReport {
        results = List.copyOf(results);
        java.util.Objects.requireNonNull(policy, "policy");
    }

    public List<FileResult.Graded> graded() {
        return results.stream().filter(FileResult.Graded.class::isInstance).map(FileResult.Graded.class::cast).toList();
    }

    public List<FileResult.Rejected> rejected() {
        return results.stream().filter(FileResult.Rejected.class::isInstance).map(FileResult.Rejected.class::cast).toList();
    }

    /** Every short answer listed for scoring by hand, scored or not, students in file order. */
    public List<ManualScoring> manualScoring() {
        return graded().stream().flatMap(g -> g.manual().stream()).toList();
    }

    /** The short answers still to score by hand. */
    public List<ManualScoring> pendingScoring() {
        return manualScoring().stream().filter(m -> m.score() == null).toList();
    }

    /** The points of every graded student together: what is pending hand-marking in this run, say. */
    public Points points() {
        return graded().stream().map(FileResult.Graded::points).reduce(Points.NONE, Points::plus);
    }

    /** This report with {@code results} instead of its own (the same files, scored further by hand). */
    GradeReport with(List<FileResult> results) {
        return new GradeReport(results, policy);
    }

    public int exitCode() {
        return rejected().isEmpty() ? 0 : 1;
    }
}
