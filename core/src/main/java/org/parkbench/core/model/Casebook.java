package org.parkbench.core.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * All cases of a run, in course order, with indexes built once: a park by id, the case a park
 * belongs to, and through that case the park's rows. Lookups are constant-time, so nothing scales
 * with the number of parks squared.
 */
public final class Casebook {
    private final List<CaseStudy> cases;
    private final Map<String, CaseStudy> byId;
    private final Map<String, Park> parksById;
    private final Map<String, CaseStudy> caseByPark;

    public Casebook(List<CaseStudy> cases) {
        this.cases = List.copyOf(cases);
        this.byId = this.cases.stream().collect(Collectors.toMap(CaseStudy::id, Function.identity(), (a, b) -> {
            throw new IllegalArgumentException("duplicate case id " + a.id());
        }, LinkedHashMap::new));
        this.parksById = new LinkedHashMap<>();
        this.caseByPark = new LinkedHashMap<>();
        for (CaseStudy c : this.cases) {
            for (Park p : c.parks()) {
                if (parksById.putIfAbsent(p.id(), p) != null) {
                    throw new IllegalArgumentException("park " + p.id() + " is in two cases");
                }
                caseByPark.put(p.id(), c);
            }
        }
    }

    /** The cases in course order. */
    public List<CaseStudy> cases() {
        return cases;
    }

    public Optional<CaseStudy> caseStudy(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Park> park(String id) {
        return Optional.ofNullable(parksById.get(id));
    }

    public Optional<CaseStudy> caseOf(String parkId) {
        return Optional.ofNullable(caseByPark.get(parkId));
    }

    /** A park's stakes (in its case's file order), wherever in the casebook the park is; none for an unknown park. */
    public List<Stake> stakes(String parkId) {
        return caseOf(parkId).map(c -> c.stakes(parkId)).orElse(List.of());
    }

    /** A park's events, by date; none for an unknown park. */
    public List<Event> events(String parkId) {
        return caseOf(parkId).map(c -> c.events(parkId)).orElse(List.of());
    }

    /** Every park of every case, sorted by id. */
    public List<Park> parks() {
        return parksById.values().stream().sorted(Comparator.comparing(Park::id)).toList();
    }
}
