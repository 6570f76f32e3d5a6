package org.parkbench.core.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.parkbench.core.classify.Classifier;
import org.parkbench.core.model.CaseMeta;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Citation;
import org.parkbench.core.model.ConfirmedZone;
import org.parkbench.core.model.Event;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.ResolvedCitation;
import org.parkbench.core.model.Source;
import org.parkbench.core.model.Stake;
import org.parkbench.core.validate.Diagnostics;

/**
 * Makes a {@link CaseStudy} from its rows with what core reads from them, as the loader does once
 * it has read and checked a case: each park classified by the standard rules, the narrative's
 * citations resolved. A case made from rows already in memory (a test's fixture, a generated case)
 * is made here too, so that it reads exactly as a loaded one; its rows are taken as valid, nothing
 * is checked, and its citations are placed as if the narrative began case.md.
 */
public final class CaseAssembly {
    private static final Classifier CLASSIFIER = Classifier.standard();

    private CaseAssembly() {
    }

    public static CaseStudy of(CaseMeta meta, String narrative, List<Park> parks, List<Stake> stakes,
                               List<Observation> observations, List<Event> events, Map<String, Source> sources,
                               List<PublishedStatistic> statistics, List<ConfirmedZone> zones, Path directory,
                               String displayDirectory) {
        List<Citation> citations = Citations.parse(narrative == null ? "" : narrative, displayDirectory + "/case.md", 1,
                new Diagnostics());
        return of(meta, narrative, parks, stakes, observations, events, sources, statistics, zones, directory, displayDirectory,
                Citations.resolve(citations, observations, sources));
    }

    /** As the loader makes a case, with the citations it has already resolved (and checked). */
    static CaseStudy of(CaseMeta meta, String narrative, List<Park> parks, List<Stake> stakes,
                        List<Observation> observations, List<Event> events, Map<String, Source> sources,
                        List<PublishedStatistic> statistics, List<ConfirmedZone> zones, Path directory,
                        String displayDirectory, List<ResolvedCitation> citations) {
        return new CaseStudy(meta, narrative, parks, stakes, observations, events, sources, statistics, zones, directory,
                displayDirectory, CLASSIFIER, citations);
    }
}
