package org.parkbench.exercises.variant;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a variant's parameters into an exercise: {@code {{name}}} in texts (title, body, hints,
 * feedback, choices, solution) and {@code ${name}} in the values that select data (key
 * parameters, fact parameters, items). Citations such as {@code {{obs:…}}} contain a colon and are
 * left for the site to render; {@code {{answer}}} and {@code {{formula}}} are reserved for the
 * worked solution and filled from the key.
 */
public final class Placeholders {
    private static final Pattern TEXT = Pattern.compile("\\{\\{\\s*([a-z][a-z0-9_]*)\\s*}}");
    private static final Pattern VALUE = Pattern.compile("\\$\\{\\s*([a-z][a-z0-9_]*)\\s*}");
    /** Names filled from the key in a worked solution, not from variant parameters. */
    public static final Set<String> RESERVED = Set.of("answer", "formula");

    private Placeholders() {
    }

    /** {@code text} with every {@code {{name}}} that {@code values} knows replaced; others stay. */
    public static String fillText(String text, Map<String, String> values) {
        return fill(TEXT, text, values);
    }

    /** {@code value} with every {@code ${name}} that {@code values} knows replaced; others stay. */
    public static String fillValue(String value, Map<String, String> values) {
        return fill(VALUE, value, values);
    }

    /** The names of the {@code {{name}}} placeholders in {@code text}, in order of first use. */
    public static Set<String> textNames(String text) {
        return names(TEXT, text);
    }

    /** The names of the {@code ${name}} placeholders in {@code value}. */
    public static Set<String> valueNames(String value) {
        return names(VALUE, value);
    }

    private static String fill(Pattern pattern, String text, Map<String, String> values) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Set<String> names(Pattern pattern, String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
