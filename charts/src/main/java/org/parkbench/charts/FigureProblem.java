package org.parkbench.charts;

import java.util.Objects;

/** A figure the catalogue could not build, and why (the message names the figure and the missing data). */
public record FigureProblem(String figureId, String message) {
    public FigureProblem {
        Objects.requireNonNull(figureId, "figureId");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return message;
    }
}
