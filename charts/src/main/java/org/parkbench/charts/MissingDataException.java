package org.parkbench.charts;

/**
 * A figure cannot be drawn because the data it shows is missing. The message names the figure and
 * what is missing, so a reader of the figure report knows which file to fill in.
 */
public final class MissingDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String figureId;

    public MissingDataException(String figureId, String missing) {
        super("figure '" + figureId + "' cannot be drawn: " + missing);
        this.figureId = figureId;
    }

    public String figureId() {
        return figureId;
    }
}
