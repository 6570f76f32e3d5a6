package org.parkbench.core.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.parkbench.core.language.Language;

/**
 * One loaded, validated case: its front matter and narrative, the parks it covers and every fact
 * about them, each with its source. {@code directory} is where the case's files are (a folder, or
 * a folder inside a jar); {@code displayDirectory} is how diagnostics name it.
 *
 * <p>The rows are indexed by park when the case is made, so that everything asking about one park
 * (its page, its figures, its classification, an exercise's key) finds the park's observations,
 * stakes and events in constant time instead of scanning the case: a case of a thousand parks
 * then costs a thousand times one park, not a million. The per-park lists keep the case's order
 * (file order; events by date).
 *
 * <p>What core reads from the rows is read once too: each park's {@link Classification}, made here
 * by the {@link ParkClassifier} the case is made with (the loader's check of declared models, the
 * pages and the statistics all use this one), and the narrative's citations as the loader
 * resolved them ({@link #citations()}), so nothing classifies a park or looks a citation up again.
 */
public final class CaseStudy {
    private final CaseMeta meta;
    private final String narrative;
    private final List<Park> parks;
    private final List<Stake> stakes;
    private final List<Observation> observations;
    private final List<Event> events;
    private final Map<String, Source> sources;
    private final List<PublishedStatistic> statistics;
    private final List<ConfirmedZone> zones;
    private final Path directory;
    private final String displayDirectory;
    private final Map<String, Park> parksById;
    private final Map<String, List<Observation>> observationsByPark;
    private final Map<String, List<Stake>> stakesByPark;
    private final Map<String, List<Event>> eventsByPark;
    private final Map<String, Classification> classifications;
    private final List<ResolvedCitation> citations;
    private final Language language;
    private final Map<Language, CaseText> translations;
    /** The teaching notes by the language they are written in (English: {@code teaching-notes.md}). */
    private final Map<Language, TeachingNotes> teachingNotes;
    /** For a translation, the case as written; null for the case as written. */
    private final CaseStudy original;

    public CaseStudy(CaseMeta meta, String narrative, List<Park> parks, List<Stake> stakes, List<Observation> observations,
                     List<Event> events, Map<String, Source> sources, List<PublishedStatistic> statistics,
                     List<ConfirmedZone> zones, Path directory, String displayDirectory, ParkClassifier classifier,
                     List<ResolvedCitation> citations) {
        this.meta = Objects.requireNonNull(meta, "meta");
        this.narrative = Objects.requireNonNullElse(narrative, "");
        this.parks = List.copyOf(parks);
        this.stakes = List.copyOf(stakes);
        this.observations = List.copyOf(observations);
        this.events = events.stream().sorted(Comparator.comparing(Event::date)).toList();
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        this.statistics = List.copyOf(statistics);
        this.zones = List.copyOf(zones);
        this.directory = Objects.requireNonNull(directory, "directory");
        this.displayDirectory = Objects.requireNonNull(displayDirectory, "displayDirectory");
        Map<String, Park> byId = new HashMap<>();
        this.parks.forEach(p -> byId.putIfAbsent(p.id(), p));
        this.parksById = byId;
        this.observationsByPark = byPark(this.observations, Observation::park);
        this.stakesByPark = byPark(this.stakes, Stake::park);
        this.eventsByPark = byPark(this.events, Event::park);
        Objects.requireNonNull(classifier, "classifier");
        Map<String, Classification> classified = new HashMap<>();
        for (Park p : this.parks) {
            classified.computeIfAbsent(p.id(), id -> Objects.requireNonNull(classifier.classify(p, stakes(id)), "classification"));
        }
        this.classifications = classified;
        this.citations = List.copyOf(citations);
        this.language = Language.EN;
        this.translations = Map.of();
        this.teachingNotes = Map.of();
        this.original = null;
    }

    private CaseStudy(CaseStudy original, CaseMeta meta, String narrative, List<ResolvedCitation> citations,
                      Language language, Map<Language, CaseText> translations, Map<Language, TeachingNotes> teachingNotes) {
        this.meta = meta;
        this.narrative = narrative;
        this.parks = original.parks;
        this.stakes = original.stakes;
        this.observations = original.observations;
        this.events = original.events;
        this.sources = original.sources;
        this.statistics = original.statistics;
        this.zones = original.zones;
        this.directory = original.directory;
        this.displayDirectory = original.displayDirectory;
        this.parksById = original.parksById;
        this.observationsByPark = original.observationsByPark;
        this.stakesByPark = original.stakesByPark;
        this.eventsByPark = original.eventsByPark;
        this.classifications = original.classifications;
        this.citations = List.copyOf(citations);
        this.language = language;
        this.translations = Map.copyOf(translations);
        this.teachingNotes = Map.copyOf(teachingNotes);
        this.original = language == Language.EN ? null : original;
    }

    /** This case, written in English, with its translations ({@code case.zh.md}) beside it. */
    public CaseStudy withTranslations(Map<Language, CaseText> texts) {
        CaseStudy written = original == null ? this : original;
        return new CaseStudy(written, written.meta, written.narrative, written.citations, Language.EN, texts, written.teachingNotes);
    }

    /**
     * This case, written in English, with its teaching notes: {@code notes} by the language each is
     * written in (English from {@code teaching-notes.md}, another from {@code teaching-notes.<code>.md}).
     */
    public CaseStudy withTeachingNotes(Map<Language, TeachingNotes> notes) {
        CaseStudy written = original == null ? this : original;
        return new CaseStudy(written, written.meta, written.narrative, written.citations, Language.EN, written.translations, notes);
    }

    /**
     * The teaching notes a lecturer reading {@code wanted} reads: those written in it, or else the
     * English ones ({@link TeachingNotes#language()} then tells the page to say so); empty when the
     * case has none. Independent of whether the case itself is translated.
     */
    public Optional<TeachingNotes> teachingNotes(Language wanted) {
        CaseStudy written = original == null ? this : original;
        TeachingNotes notes = written.teachingNotes.get(wanted);
        return Optional.ofNullable(notes != null ? notes : written.teachingNotes.get(Language.EN));
    }

    /** Whether the case has teaching notes written in {@code wanted} (not only English ones shown in their place). */
    public boolean hasTeachingNotesIn(Language wanted) {
        CaseStudy written = original == null ? this : original;
        return written.teachingNotes.containsKey(wanted);
    }

    /**
     * The case as a reader of {@code wanted} reads it: its title, subtitle, objectives, discussion
     * and narrative in that language when the case has them, the same rows either way. When the
     * translation is missing, this case as written ({@link #language()} then tells the page to say so).
     */
    public CaseStudy in(Language wanted) {
        if (wanted == language) {
            return this;
        }
        CaseStudy written = original == null ? this : original;
        CaseText text = written.translations.get(wanted);
        if (text == null) {
            return written;
        }
        CaseMeta m = written.meta;
        CaseMeta translated = new CaseMeta(m.id(), text.title(), text.subtitle(), m.parks(), m.declaredModel(),
                text.objectives(), text.discussionQuestions(), m.readingMinutes(), m.status(), m.origin());
        return new CaseStudy(written, translated, text.narrative(), text.citations(), wanted, written.translations,
                written.teachingNotes);
    }

    /** The language this case's texts are in: English as written, or the language {@link #in} found a translation for. */
    public Language language() {
        return language;
    }

    /** Whether the case has its texts in {@code wanted} (always in English). */
    public boolean isTranslatedInto(Language wanted) {
        return wanted == Language.EN || translations.containsKey(wanted);
    }

    private static <T> Map<String, List<T>> byPark(List<T> rows, Function<T, String> park) {
        Map<String, List<T>> grouped = new HashMap<>();
        for (T row : rows) {
            grouped.computeIfAbsent(park.apply(row), k -> new ArrayList<>()).add(row);
        }
        grouped.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return grouped;
    }

    public CaseMeta meta() {
        return meta;
    }

    /** The Markdown narrative below the front matter of {@code case.md}. */
    public String narrative() {
        return narrative;
    }

    /**
     * The citations of the narrative, in order, with what each names in this case and where it is
     * written (offsets in {@link #narrative()}, line and column in case.md): resolved once, when
     * the case was loaded.
     */
    public List<ResolvedCitation> citations() {
        return citations;
    }

    /** The parks in the order of {@code parks.csv}. */
    public List<Park> parks() {
        return parks;
    }

    /** Every stake of every park, in file order. */
    public List<Stake> stakes() {
        return stakes;
    }

    /** Every observation of every park, in file order. */
    public List<Observation> observations() {
        return observations;
    }

    /** Every event of every park, by date. */
    public List<Event> events() {
        return events;
    }

    /** The sources by key, in file order. */
    public Map<String, Source> sources() {
        return sources;
    }

    public List<PublishedStatistic> statistics() {
        return statistics;
    }

    public List<ConfirmedZone> zones() {
        return zones;
    }

    public Path directory() {
        return directory;
    }

    public String displayDirectory() {
        return displayDirectory;
    }

    public String id() {
        return meta.id();
    }

    public Optional<Source> source(String key) {
        return Optional.ofNullable(sources.get(key));
    }

    public Optional<Park> park(String parkId) {
        return Optional.ofNullable(parksById.get(parkId));
    }

    /** A park's observations, in file order. */
    public List<Observation> observations(String parkId) {
        return observationsByPark.getOrDefault(parkId, List.of());
    }

    /** One indicator of a park, by as-of date (observations of the same date in file order). */
    public List<Observation> observations(String parkId, Indicator indicator) {
        return observations(parkId).stream().filter(o -> o.indicator() == indicator)
                .sorted(Comparator.comparing(Observation::asOf)).toList();
    }

    /** A park's stakes, in file order. */
    public List<Stake> stakes(String parkId) {
        return stakesByPark.getOrDefault(parkId, List.of());
    }

    /** A park's events, by date. */
    public List<Event> events(String parkId) {
        return eventsByPark.getOrDefault(parkId, List.of());
    }

    /** How the classifier reads a park's stakes, made when the case was; empty for a park not in the case. */
    public Optional<Classification> classification(String parkId) {
        return Optional.ofNullable(classifications.get(parkId));
    }

    /**
     * This case with only the parks in {@code parkIds} and their rows (a preview redraws the figures
     * of the parks that changed): everything else is the same, and the parks' classifications and
     * the narrative's citations (as resolved in the whole case) carry over rather than being made again.
     */
    public CaseStudy withParks(Set<String> parkIds) {
        if (original != null) {
            return original.withParks(parkIds).in(language);
        }
        return new CaseStudy(meta, narrative, parks.stream().filter(p -> parkIds.contains(p.id())).toList(),
                stakes.stream().filter(s -> parkIds.contains(s.park())).toList(),
                observations.stream().filter(o -> parkIds.contains(o.park())).toList(),
                events.stream().filter(e -> parkIds.contains(e.park())).toList(),
                sources, statistics, zones, directory, displayDirectory, (p, ofPark) -> classifications.get(p.id()), citations)
                .withTranslations(translations).withTeachingNotes(teachingNotes);
    }

    public boolean isDraft() {
        return meta.status() == CaseStatus.DRAFT;
    }

    /** Two cases are equal when their rows are; what is read from the rows follows from them. */
    @Override
    public boolean equals(Object o) {
        return o instanceof CaseStudy c && meta.equals(c.meta) && narrative.equals(c.narrative) && parks.equals(c.parks)
                && stakes.equals(c.stakes) && observations.equals(c.observations) && events.equals(c.events)
                && sources.equals(c.sources) && statistics.equals(c.statistics) && zones.equals(c.zones)
                && directory.equals(c.directory) && displayDirectory.equals(c.displayDirectory) && language == c.language
                && translations.equals(c.translations) && teachingNotes.equals(c.teachingNotes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(meta, narrative, parks, stakes, observations, events, sources, statistics, zones, directory,
                displayDirectory);
    }

    @Override
    public String toString() {
        return "CaseStudy[" + id() + ", " + parks.size() + " parks, " + observations.size() + " observations]";
    }
}
