package org.parkbench.core.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.parkbench.core.classify.Classifier;
import org.parkbench.core.model.CaseMeta;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.ConfirmedZone;
import org.parkbench.core.model.Event;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.Source;
import org.parkbench.core.model.Stake;

/**
 * Makes a {@link CaseStudy} from its rows with what core reads from them, as the loader does once
 * it has read and checked a case: each park classified by the standard rules. A case made from
 * rows already in memory (a test's fixture, a generated case) is made here too, so that it reads
 * exactly as a loaded one; its rows are taken as valid, nothing is checked.
 */
public final class CaseAssembly {
    private static final Classifier CLASSIFIER = Classifier.standard();

    private CaseAssembly() {
    }

    public static CaseStudy of(CaseMeta meta, String narrative, List<Park> parks, List<Stake> stakes,
                               List<Observation> observations, List<Event> events, Map<String, Source> sources,
                               List<PublishedStatistic> statistics, List<ConfirmedZone> zones, Path directory,
                               String displayDirectory) {
        return new CaseStudy(meta, narrative, parks, stakes, observations, events, sources, statistics, zones, directory,
                displayDirectory, CLASSIFIER);
    }
}
