package org.parkbench.core.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parkbench.core.model.Origin;

/**
 * Finds the text a scaffold leaves for a contributor to replace: the word {@code TODO}, in
 * capitals and standing on its own (not inside a longer word). Each marker is reported as PB503
 * (warning) where it is written, so that {@code parkbench validate} lists what is still to fill.
 * Case files and exercise files share this one definition.
 */
public final class PlaceholderMarkers {
    /** The word that marks text still to be written. */
    public static final String MARKER = "TODO";
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}_])TODO(?![\\p{L}\\p{N}_])");
    private static final int MAX_SHOWN = 100;

    /** A marker: where it is, and the rest of its line (the instruction a scaffold wrote after it). */
    public record Marker(Origin origin, String line) {
    }

    private PlaceholderMarkers() {
    }

    /**
     * Every marker in {@code text}, in order.
     *
     * @param file      how diagnostics name the file
     * @param firstLine the file line on which {@code text} starts
     */
    public static List<Marker> find(String text, String file, int firstLine) {
        List<Marker> found = new ArrayList<>();
        if (!text.contains(MARKER)) {
            return found;
        }
        TextPositions positions = new TextPositions(text, file);
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            Origin at = positions.origin(m.start());
            found.add(new Marker(new Origin(file, at.line() + firstLine - 1, at.column()), restOfLine(text, m.start())));
        }
        return found;
    }

    /** Whether {@code text} holds a marker. */
    public static boolean any(String text) {
        return text.contains(MARKER) && WORD.matcher(text).find();
    }

    private static String restOfLine(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        String line = text.substring(from, end).strip();
        if (line.endsWith("\"") && line.indexOf('"') == line.length() - 1) {
            line = line.substring(0, line.length() - 1).strip();
        }
        return line.codePointCount(0, line.length()) <= MAX_SHOWN ? line
                : line.substring(0, line.offsetByCodePoints(0, MAX_SHOWN)) + "…";
    }
}
