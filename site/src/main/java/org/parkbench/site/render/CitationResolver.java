package org.parkbench.site.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.Source;
import org.parkbench.core.model.Vocabulary;

/**
 * Turns the citations of a case narrative into linked text. {@code {{obs:park/indicator/as_of}}}
 * (optionally {@code /source}) becomes the reported value with its qualifier, unit and as-of date,
 * linked to its reference entry; where sources disagree on that figure, every value is shown with
 * its own link. {@code {{src:key}}} becomes a short "(author, year)" link.
 */
public final class CitationResolver {
    private final CaseStudy caseStudy;
    private final Bibliography bibliography;
    private final String root;

    public CitationResolver(CaseStudy caseStudy, Bibliography bibliography, String root) {
        this.caseStudy = caseStudy;
        this.bibliography = bibliography;
        this.root = root;
    }

    /** The observations a {@code park/indicator/as_of[/source]} spec names; empty when none or malformed. */
    public static List<Observation> matching(CaseStudy c, String spec) {
        String[] parts = spec.strip().split("/", -1);
        if (parts.length < 3 || parts.length > 4) {
            return List.of();
        }
        Optional<Indicator> indicator = Vocabulary.lookup(Indicator.class, parts[1]);
        PartialDate asOf;
        try {
            asOf = PartialDate.parse(parts[2]);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        if (indicator.isEmpty()) {
            return List.of();
        }
        List<Observation> found = new ArrayList<>();
        for (Observation o : c.observations(parts[0].strip(), indicator.get())) {
            if (o.asOf().equals(asOf) && (parts.length == 3 || o.source().equals(parts[3].strip()))) {
                found.add(o);
            }
        }
        return found;
    }

    /** The HTML for one citation, or empty when it names nothing in the case. */
    public Optional<TrustedHtml> resolve(String kind, String spec) {
        return switch (kind) {
            case "obs" -> observation(spec);
            case "src" -> source(spec.strip());
            default -> Optional.empty();
        };
    }

    private Optional<TrustedHtml> observation(String spec) {
        List<Observation> found = matching(caseStudy, spec);
        if (found.isEmpty() || found.stream().anyMatch(o -> !bibliography.has(caseStudy.id(), o.source()))) {
            return Optional.empty();
        }
        boolean conflict = found.stream().map(ValueFormat::stated).distinct().count() > 1;
        StringBuilder html = new StringBuilder();
        if (conflict) {
            html.append("<span class=\"cite-conflict\">");
        }
        for (int i = 0; i < found.size(); i++) {
            Observation o = found.get(i);
            if (i > 0) {
                html.append(" / ");
            }
            Source s = caseStudy.source(o.source()).orElseThrow();
            html.append("<a class=\"cite\" href=\"").append(TrustedHtml.escape(bibliography.href(root, caseStudy.id(), o.source())))
                    .append("\" title=\"").append(TrustedHtml.escape("Source: " + Bibliography.shortLabel(s) + " — " + s.title()))
                    .append("\">").append(TrustedHtml.escape(ValueFormat.stated(o)))
                    .append(" <span class=\"asof\">(").append(TrustedHtml.escape(o.asOf().toString())).append(")</span></a>");
        }
        if (conflict) {
            html.append(" <span class=\"conflict-note\">(sources differ)</span></span>");
        }
        return Optional.of(new TrustedHtml(html.toString()));
    }

    private Optional<TrustedHtml> source(String key) {
        Optional<Source> s = caseStudy.source(key);
        if (s.isEmpty() || !bibliography.has(caseStudy.id(), key)) {
            return Optional.empty();
        }
        return Optional.of(new TrustedHtml("<a class=\"cite\" href=\"" + TrustedHtml.escape(bibliography.href(root, caseStudy.id(), key))
                + "\">(" + TrustedHtml.escape(Bibliography.shortLabel(s.get())) + ")</a>"));
    }
}
