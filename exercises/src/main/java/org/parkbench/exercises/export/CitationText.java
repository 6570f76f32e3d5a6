package org.parkbench.exercises.export;

import java.util.List;
import org.parkbench.core.load.Citation;
import org.parkbench.core.load.Citations;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Observation;
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
        List<Citation> citations = Citations.find(text);
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Citation citation : citations) {
            out.append(text, at, citation.start()).append(words(citation, c));
            at = citation.end();
        }
        return out.append(text.substring(at)).toString();
    }

    private static String words(Citation citation, CaseStudy c) {
        if (citation instanceof Citation.ObservationCitation o) {
            List<Observation> found = Citations.matches(c, o);
            return found.size() == 1 ? FORMAT.described(found.get(0)) : citation.text();
        }
        Citation.SourceCitation s = (Citation.SourceCitation) citation;
        return c.source(s.key()).map(CitationText::source).orElse(citation.text());
    }

    private static String source(Source s) {
        String who = !s.publisher().isBlank() ? s.publisher() : !s.authors().isBlank() ? s.authors() : s.title();
        return "(" + who + ", " + s.year() + ")";
    }
}
