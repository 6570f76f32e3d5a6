package org.parkbench.exercises.export;

/**
 * One answer as Canvas keeps it: a choice, or the left side of a matching pair with the
 * ident of its right side ({@code match}), and the feedback for it (Markdown).
 */
record CanvasAnswer(String id, String label, boolean right, String match, String feedback) {
}
