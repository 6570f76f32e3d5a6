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

    public List<ManualScoring> manualScoring() {
        return graded().stream().flatMap(g -> g.manual().stream()).toList();
    }

    public int exitCode() {
        return rejected().isEmpty() ? 0 : 1;
    }
}
