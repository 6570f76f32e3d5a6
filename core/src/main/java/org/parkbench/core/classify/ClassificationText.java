package org.parkbench.core.classify;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.parkbench.core.language.Language;
import org.parkbench.core.language.Messages;
import org.parkbench.core.model.Classification;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.quantity.QuantityFormat;

/**
 * Writes a classification out as a few lines of plain text for students, in one language: its
 * words from core's bundle, the rules' explanations as the rules wrote them in that language.
 */
final class ClassificationText {
    private ClassificationText() {
    }

    static String explain(Classification c, Language language) {
        QuantityFormat f = QuantityFormat.forLanguage(language);
        Messages words = f.words();
        StringBuilder out = new StringBuilder();
        out.append(c.asOf().map(d -> words.format("classification.park", c.park(), f.date(d)))
                .orElseGet(() -> words.format("classification.park.no-stakes", c.park()))).append('\n');
        if (!c.determined()) {
            out.append(words.text("classification.undetermined")).append('\n');
            out.append(words.format("classification.declared.no-verdict", c.declared().label(language))).append('\n');
            return out.toString();
        }
        List<DevelopmentModel> ranked = c.scores().keySet().stream()
                .sorted(Comparator.comparing((DevelopmentModel m) -> -c.score(m)).thenComparing(Enum::ordinal)).toList();
        out.append(words.format("classification.scores", ranked.stream()
                .map(m -> words.format("classification.score", m.label(language), percent(f, c.score(m))))
                .collect(Collectors.joining(" · ")))).append('\n');
        out.append(words.text("classification.rules-fired")).append('\n');
        c.fired().forEach(r -> out.append("  ").append(words.format("classification.rule", r.ruleId(), r.model().word(),
                String.valueOf(r.weight()), r.explanation(language), r.model().label(language))).append('\n'));
        if (!c.context().isEmpty()) {
            out.append(words.text("classification.context")).append('\n');
            c.context().forEach(n -> out.append("  ")
                    .append(words.format("classification.context-note", n.ruleId(), n.explanation(language))).append('\n'));
        }
        DevelopmentModel top = c.top().orElseThrow();
        String mixed = c.mixed() ? words.format("classification.verdict.mixed", c.runnerUp().orElseThrow().label(language),
                percent(f, c.score(c.runnerUp().orElseThrow()))) : "";
        String variant = c.suggestedVariant().map(v -> words.format("classification.verdict.variant", v.label(language))).orElse("");
        out.append(words.format("classification.verdict", top.label(language), mixed, variant)).append('\n');
        out.append(words.format(c.disagrees() ? "classification.declared.disagrees" : "classification.declared.agrees",
                c.declared().label(language), top.label(language))).append('\n');
        return out.toString();
    }

    /** A score as a whole percent: "57 %", "57%". */
    private static String percent(QuantityFormat f, double share) {
        return f.withUnit(String.valueOf(Math.round(share * 100)), "%");
    }
}
