package org.parkbench.core.classify;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.parkbench.core.model.Classification;
import org.parkbench.core.model.DevelopmentModel;

/** Writes a classification out as a few lines of plain text for students. */
final class ClassificationText {
    private ClassificationText() {
    }

    static String explain(Classification c) {
        StringBuilder out = new StringBuilder();
        out.append("Park ").append(c.park()).append(c.asOf().map(d -> ", stakes as of " + d).orElse(", no stakes recorded"))
                .append('\n');
        if (!c.determined()) {
            out.append("No rule fired: the recorded actors do not point to any model.\n");
            out.append("Declared: ").append(c.declared().label()).append("; classifier: no verdict.\n");
            return out.toString();
        }
        List<DevelopmentModel> ranked = c.scores().keySet().stream()
                .sorted(Comparator.comparing((DevelopmentModel m) -> -c.score(m)).thenComparing(Enum::ordinal)).toList();
        out.append("Scores: ").append(ranked.stream().map(m -> m.label() + " " + percent(c.score(m)) + " %")
                .collect(Collectors.joining(" · "))).append('\n');
        out.append("Rules fired:\n");
        c.fired().forEach(f -> out.append("  ").append(f.ruleId()).append(" (").append(f.model().word()).append(" +")
                .append(f.weight()).append("): ").append(f.explanation()).append('\n'));
        if (!c.context().isEmpty()) {
            out.append("Context:\n");
            c.context().forEach(n -> out.append("  ").append(n.ruleId()).append(": ").append(n.explanation()).append('\n'));
        }
        DevelopmentModel top = c.top().orElseThrow();
        out.append("Verdict: ").append(top.label());
        if (c.mixed()) {
            DevelopmentModel second = c.runnerUp().orElseThrow();
            out.append(", mixed with ").append(second.label()).append(" (").append(percent(c.score(second)))
                    .append(" %, at least half the top score)");
        }
        out.append(c.suggestedVariant().map(v -> "; variant: " + v.label()).orElse("")).append(".\n");
        out.append("Declared: ").append(c.declared().label()).append("; classifier: ").append(top.label())
                .append(c.disagrees() ? " — flagged for discussion." : " — they agree.").append('\n');
        return out.toString();
    }

    private static long percent(double share) {
        return Math.round(share * 100);
    }
}
