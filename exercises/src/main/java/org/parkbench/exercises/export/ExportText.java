package org.parkbench.exercises.export;

import java.util.List;
import org.parkbench.core.load.Citations;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Citation;
import org.parkbench.core.model.ResolvedCitation;
import org.parkbench.core.model.Source;
import org.parkbench.core.quantity.QuantityFormat;

/**
 * Writes the citations of an exercise text out as plain words for a learning platform, which
 * cannot look them up: an observation becomes its figure ("more than 9,000 direct jobs"), a source
 * its author and year. A citation the data cannot resolve stays as written (the loader has
 * already reported it).
 */
final class CitationText {
    private static final QuantityFormat FORMAT = QuantityFormat.english();

    private final Casebook casebook;

    CitationText(Casebook casebook) {
        this.casebook = casebook;
    }

    String render(String text, String caseId) {
        CaseStudy c = casebook.caseStudy(caseId).orElse(null);
        if (c == null) {
            return text;
        }
        List<ResolvedCitation> citations = Citations.resolve(Citations.find(text), c);
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (ResolvedCitation citation : citations) {
            out.append(text, at, citation.citation().start()).append(words(citation));
            at = citation.citation().end();
        }
        return out.append(text.substring(at)).toString();
    }

    private static String words(ResolvedCitation citation) {
        if (citation.citation() instanceof Citation.ObservationCitation) {
            return citation.observations().size() == 1 ? FORMAT.described(citation.observations().get(0)) : citation.text();
        }
        return citation.source().map(CitationText::source).orElse(citation.text());
    }

    private static String source(Source s) {
        String who = !s.publisher().isBlank() ? s.publisher() : !s.authors().isBlank() ? s.authors() : s.title();
        return "(" + who + ", " + s.year() + ")";
    }
}
