package org.parkbench.site.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Event;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.Stake;

/**
 * One case's rows grouped by park, built once per build: a page about a park finds its
 * observations, stakes and events in constant time instead of scanning every row of its case,
 * so a case of a thousand parks costs a thousand times one park, not a million. Lists keep the
 * order {@link CaseStudy}'s own per-park methods give.
 */
final class CaseIndex {
    private final Map<String, Park> parks = new HashMap<>();
    private final Map<String, List<Observation>> observations = new HashMap<>();
    private final Map<String, List<Stake>> stakes = new HashMap<>();
    private final Map<String, List<Event>> events = new HashMap<>();

    private CaseIndex(CaseStudy c) {
        c.parks().forEach(p -> parks.put(p.id(), p));
        c.observations().forEach(o -> observations.computeIfAbsent(o.park(), k -> new ArrayList<>()).add(o));
        c.stakes().forEach(s -> stakes.computeIfAbsent(s.park(), k -> new ArrayList<>()).add(s));
        c.events().forEach(e -> events.computeIfAbsent(e.park(), k -> new ArrayList<>()).add(e));
    }

    static CaseIndex of(CaseStudy c) {
        return new CaseIndex(c);
    }

    Optional<Park> park(String id) {
        return Optional.ofNullable(parks.get(id));
    }

    /** A park's observations in file order. */
    List<Observation> observations(String park) {
        return observations.getOrDefault(park, List.of());
    }

    /** As {@link CaseStudy#observations(String, Indicator)}: one indicator of a park, by date. */
    List<Observation> observations(String park, Indicator indicator) {
        return observations(park).stream().filter(o -> o.indicator() == indicator).sorted(Comparator.comparing(Observation::asOf)).toList();
    }

    /** As {@link CaseStudy#stakes(String)}. */
    List<Stake> stakes(String park) {
        return stakes.getOrDefault(park, List.of());
    }

    /** As {@link CaseStudy#events(String)}: by date. */
    List<Event> events(String park) {
        return events.getOrDefault(park, List.of());
    }
}
