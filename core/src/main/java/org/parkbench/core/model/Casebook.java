package org.parkbench.core.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parkbench.core.language.Language;

/**
 * All cases of a run, in course order, with indexes built once: a park by id, the case a park
 * belongs to, and through that case the park's rows. Lookups are constant-time, so nothing scales
 * with the number of parks squared.
 *
 * <p>A course's casebook may also carry <em>background</em> cases: the shipped cases the course does
 * not include. They are not the course's ({@link #cases()}, {@link #park(String)} and every other
 * lookup see only the course's cases, so nothing links to a page that is not built), but
 * {@link #whole()} holds them too, for what must resolve across cases: an exercise's references to
 * parks and zones of other cases, and the overview's zone links.
 */
public final class Casebook {
    private final List<CaseStudy> cases;
    private final List<CaseStudy> background;
    private Casebook whole;
    private final Map<String, CaseStudy> byId;
    private final Map<String, Park> parksById;
    private final Map<String, CaseStudy> caseByPark;

    public Casebook(List<CaseStudy> cases) {
        this(cases, List.of());
    }

    /** The course's {@code cases}, with {@code background} cases it does not include (ids not among the course's). */
    public Casebook(List<CaseStudy> cases, List<CaseStudy> background) {
        this.cases = List.copyOf(cases);
        this.background = List.copyOf(background);
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

    /**
     * The same casebook read in {@code language}: every case, background ones too, with its texts in
     * that language where it has them ({@link CaseStudy#in}). The rows are the same objects.
     */
    public Casebook in(Language language) {
        return new Casebook(cases.stream().map(c -> c.in(language)).toList(),
                background.stream().map(c -> c.in(language)).toList());
    }

    /** The cases in course order. */
    public List<CaseStudy> cases() {
        return cases;
    }

    /** The background cases: shipped cases the course does not include. */
    public List<CaseStudy> background() {
        return background;
    }

    /** The course's cases and the background ones in one casebook (this one when there is no background). */
    public synchronized Casebook whole() {
        if (whole == null) {
            List<CaseStudy> all = new java.util.ArrayList<>(cases);
            // a background case whose id or parks the course's own cases already use stays out
            background.stream().filter(b -> !byId.containsKey(b.id()))
                    .filter(b -> b.parks().stream().noneMatch(p -> parksById.containsKey(p.id()))).forEach(all::add);
            whole = background.isEmpty() ? this : new Casebook(all);
        }
        return whole;
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
