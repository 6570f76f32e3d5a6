package org.parkbench.charts;

import java.util.Objects;

/**
 * A figure the catalogue could not build, and why (the message names the figure and the missing
 * data); {@code missingData} when the cases simply lack what the figure draws (a course without the
 * overview has no headline statistics), rather than the figure failing.
 */
public record FigureProblem(String figureId, String message, boolean missingData) {
    public FigureProblem {
        Objects.requireNonNull(figureId, "figureId");
        Objects.requireNonNull(message, "message");
    }

    /** A figure that failed to build. */
    public FigureProblem(String figureId, String message) {
        this(figureId, message, false);
    }

    @Override
    public String toString() {
        return message;
    }
}
