package org.parkbench.exercises.load;

import java.util.Map;
import java.util.Set;
import org.parkbench.core.model.Origin;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;
import org.parkbench.exercises.variant.Placeholders;

/**
 * Checks that every placeholder of an exercise file has a value: {@code {{name}}} in texts and
 * {@code ${name}} in data-selecting values must name a variant parameter (a solution may also use
 * {@code {{answer}}} and {@code {{formula}}}); anything else is PB609 where it is written.
 */
final class PlaceholderCheck {
    private final Diagnostics d;
    private Set<String> names = Set.of();

    PlaceholderCheck(Diagnostics d) {
        this.d = d;
    }

    /** The variant parameters, once the variants are read. */
    void names(Set<String> variantNames) {
        this.names = Set.copyOf(variantNames);
    }

    void text(String text, Origin origin, boolean solution) {
        for (String name : Placeholders.textNames(text)) {
            boolean reserved = solution && Placeholders.RESERVED.contains(name);
            if (!names.contains(name) && !reserved) {
                d.report(origin, DiagnosticCode.PB609, "placeholder {{" + name + "}} has no value",
                        names.isEmpty() ? "declare variants with a parameter '" + name + "', or remove the placeholder"
                                : "the variant parameters are: " + String.join(", ", names)
                                + (solution ? "; a solution may also use {{answer}} and {{formula}}" : ""));
            }
        }
    }

    void values(Map<String, String> params, Origin origin) {
        params.values().forEach(v -> value(v, origin));
    }

    void value(String value, Origin origin) {
        for (String name : Placeholders.valueNames(value)) {
            if (!names.contains(name)) {
                d.report(origin, DiagnosticCode.PB609, "placeholder ${" + name + "} has no value",
                        names.isEmpty() ? "declare variants with a parameter '" + name + "'" : "the variant parameters are: "
                                + String.join(", ", names));
            }
        }
    }
}
