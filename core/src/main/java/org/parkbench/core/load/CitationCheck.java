package org.parkbench.core.load;

import java.util.List;
import java.util.stream.Collectors;
import org.parkbench.core.model.Citation;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.ResolvedCitation;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;

/**
 * Checks that every citation of a narrative resolves: its park (PB302) and source (PB303) exist,
 * and an observation citation names exactly one observation (PB307, with the candidate sources
 * when several match). It reads the citations as {@link Citations} resolved them, once.
 */
final class CitationCheck {
    private CitationCheck() {
    }

    /**
     * @param observationsComplete false when some observation rows did not load; a citation that
     *                             finds nothing is then not reported, as the row may be among them
     */
    static void check(List<ResolvedCitation> citations, List<Observation> observations, boolean observationsComplete,
                      KnownIds parks, KnownIds sources, Diagnostics d) {
        for (ResolvedCitation r : citations) {
            if (r.citation() instanceof Citation.SourceCitation s) {
                if (!sources.contains(s.key()) && sources.complete()) {
                    d.report(s.origin(), DiagnosticCode.PB303, "citation " + s.text() + " names unknown source key '"
                            + s.key() + "'" + WordSuggestion.didYouMean(s.key(), sources.ids()), "");
                }
            } else if (r.citation() instanceof Citation.ObservationCitation o) {
                observation(o, r.observations(), observations, observationsComplete, parks, sources, d);
            }
        }
    }

    private static void observation(Citation.ObservationCitation o, List<Observation> found, List<Observation> observations,
                                    boolean complete, KnownIds parks, KnownIds sources, Diagnostics d) {
        if (!parks.contains(o.park())) {
            if (parks.complete()) {
                d.report(o.origin(), DiagnosticCode.PB302, "citation " + o.text() + " names unknown park '" + o.park()
                        + "'" + WordSuggestion.didYouMean(o.park(), parks.ids()), "");
            }
            return;
        }
        if (!o.source().isEmpty() && !sources.contains(o.source())) {
            if (sources.complete()) {
                d.report(o.origin(), DiagnosticCode.PB303, "citation " + o.text() + " names unknown source key '"
                        + o.source() + "'" + WordSuggestion.didYouMean(o.source(), sources.ids()), "");
            }
            return;
        }
        if (found.size() == 1 || (found.isEmpty() && !complete)) {
            return;
        }
        if (found.isEmpty()) {
            String dates = observations.stream()
                    .filter(x -> x.park().equals(o.park()) && x.indicator() == o.indicator())
                    .map(x -> x.asOf() + (o.source().isEmpty() ? "" : " (" + x.source() + ")"))
                    .distinct().collect(Collectors.joining(", "));
            d.report(o.origin(), DiagnosticCode.PB307, "citation " + o.text() + " does not resolve: no " + o.indicator().word()
                    + " observation of park " + o.park() + " as of " + o.asOf()
                    + (o.source().isEmpty() ? "" : " from source " + o.source()),
                    dates.isEmpty() ? "observations.csv has no " + o.indicator().word() + " for this park"
                            : "observations.csv has it as of: " + dates);
        } else {
            String candidates = found.stream().map(Observation::source).distinct().collect(Collectors.joining(", "));
            String sameSource = found.stream().map(Observation::source).distinct().count() < found.size()
                    ? "; some share a source, so make the rows differ" : "";
            d.report(o.origin(), DiagnosticCode.PB307, "citation " + o.text() + " is ambiguous: " + found.size()
                            + " observations match, from sources " + candidates + sameSource,
                    "name the source: {{obs:" + o.park() + "/" + o.indicator().word() + "/" + o.asOf() + "/"
                            + found.get(0).source() + "}}");
        }
    }
}
