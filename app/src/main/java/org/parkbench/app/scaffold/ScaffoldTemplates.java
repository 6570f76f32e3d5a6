package org.parkbench.app.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parkbench.core.model.DevelopmentModel;

/**
 * The scaffold's files as resources under {@code parkbench/scaffold/}, filled for one new case.
 * A template names its values as {@code %%NAME%%}: a marker no case file, Markdown or exercise
 * placeholder ({@code {{…}}}, {@code ${…}}) uses, so templates need no escaping.
 */
final class ScaffoldTemplates {
    private static final String ROOT = "parkbench/scaffold/";
    private static final Pattern TOKEN = Pattern.compile("%%([A-Z_]+)%%");

    private final Map<String, String> values = new LinkedHashMap<>();

    ScaffoldTemplates(NewCase request, String version) {
        values.put("CASE_ID", request.id());
        values.put("TITLE", yamlQuoted(request.title().orElse("TODO: the case's title, e.g. the park's full name")));
        values.put("MODEL", request.model().word());
        values.put("MODEL_LABEL", request.model().label().toLowerCase(Locale.ROOT));
        values.put("PARK_ID", request.suggestedParkId());
        values.put("COUNTRY", request.country().orElse("TODO"));
        values.put("VERSION", version);
        values.put("PACKAGE", request.packageName());
        values.put("CLASS", request.className());
        for (DevelopmentModel m : DevelopmentModel.values()) {
            // CORRECT_GOVERNMENT, CORRECT_COMPANY, CORRECT_PRIVATE: the single-choice template's key
            values.put("CORRECT_" + m.name().split("_")[0], m == request.model() ? "\n    correct: true" : "");
        }
    }

    /** The template {@code name} with every value filled in. */
    String fill(String name) {
        String text = read(name);
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("scaffold template " + name + " names an unknown value " + m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String read(String name) {
        try (InputStream in = ScaffoldTemplates.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("scaffold template " + ROOT + name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The inside of a double-quoted YAML scalar. */
    private static String yamlQuoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
