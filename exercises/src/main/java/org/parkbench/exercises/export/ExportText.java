package org.parkbench.exercises.export;

import java.util.ArrayList;
import java.util.List;
import org.parkbench.core.load.Citations;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Citation;
import org.parkbench.core.model.ResolvedCitation;
import org.parkbench.core.model.Source;
import org.parkbench.core.quantity.QuantityFormat;
import org.parkbench.markup.MarkdownRenderer;
import org.parkbench.markup.TrustedHtml;

/**
 * The Markdown texts of an exercise (body, feedback, solution, model answer) as every export
 * carries them: rendered and sanitised by the site's own {@link MarkdownRenderer}, so that an
 * export holds only the markup the site shows (raw HTML as text, no scripts, images, styles or
 * event attributes, no link but http, https and relative ones), without heading ids. Citations are
 * written out as plain words, since a learning platform cannot look them up: an observation
 * becomes its figure ("more than 9,000 direct jobs"), a source its author and year. A citation the
 * data cannot resolve stays as written (the loader has already reported it). Texts the site shows
 * as plain text (titles, choice labels) are escaped with {@link TrustedHtml#escape(String)}, never
 * rendered.
 */
final class ExportText {
    private static final QuantityFormat FORMAT = QuantityFormat.english();
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    private final Casebook casebook;

    ExportText(Casebook casebook) {
        this.casebook = casebook;
    }

    /** {@code markdown} of an exercise of {@code caseId} as sanitised HTML, its citations in words. */
    TrustedHtml html(String markdown, String caseId) {
        if (markdown.isBlank()) {
            return TrustedHtml.EMPTY;
        }
        return MARKDOWN.render(markdown, citations(markdown, caseId)).withoutIds();
    }

    private List<MarkdownRenderer.Insert> citations(String text, String caseId) {
        CaseStudy c = casebook.caseStudy(caseId).orElse(null);
        if (c == null) {
            return List.of();
        }
        List<MarkdownRenderer.Insert> inserts = new ArrayList<>();
        for (ResolvedCitation citation : Citations.resolve(Citations.find(text), c)) {
            inserts.add(new MarkdownRenderer.Insert(citation.citation().start(), citation.citation().end(),
                    TrustedHtml.text(words(citation))));
        }
        return inserts;
    }

    /** A cited figure as running text writes it: qualifier, value, noun; the sentence says whether it is a target or a plan. */
    private static String cited(org.parkbench.core.model.Observation o) {
        return FORMAT.figure(o.value(), o.valueHigh(), o.unit(), o.qualifier(), FORMAT.noun(o.indicator()));
    }

    private static String words(ResolvedCitation citation) {
        if (citation.citation() instanceof Citation.ObservationCitation) {
            return citation.observations().size() == 1 ? cited(citation.observations().get(0)) : citation.text();
        }
        return citation.source().map(ExportText::source).orElse(citation.text());
    }

    private static String source(Source s) {
        String who = !s.publisher().isBlank() ? s.publisher() : !s.authors().isBlank() ? s.authors() : s.title();
        return "(" + who + ", " + s.year() + ")";
    }
}
