package org.parkbench.core.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.CaseMeta;
import org.parkbench.core.model.CaseText;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Citation;
import org.parkbench.core.model.ConfirmedZone;
import org.parkbench.core.model.Event;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.ResolvedCitation;
import org.parkbench.core.model.Slug;
import org.parkbench.core.model.Source;
import org.parkbench.core.model.TeachingNotes;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;

/**
 * Loads one case from its directory into a {@link CaseStudy}: reads case.md and every CSV file of
 * docs/data-format.md, checks values, ids, references, stake totals and narrative citations, and
 * reports every problem at once. Bad input never escapes as an exception: it becomes diagnostics
 * and the case comes back without a value.
 */
public final class CaseLoader {
    private static final String CASE_MD = "case.md";
    /** Stands in for a case id that could not be read, so rows still load for their own checks. */
    private static final String UNREADABLE_ID = "unreadable-case-id";

    private CaseLoader() {
    }

    public static Loaded<CaseStudy> load(CaseInput input) {
        return read(input).loaded();
    }

    /** Everything read from one case, kept for the checks that span cases. */
    record Reading(CaseInput input, Loaded<CaseStudy> loaded, String caseId, Origin idOrigin,
                   List<Park> parks, Set<String> parkIds, boolean parkIdsComplete, List<ZoneRows.ReadZone> zones) {
        /** Whether the case id was read (not a stand-in for an unreadable one). */
        boolean caseIdKnown() {
            return !caseId.equals(UNREADABLE_ID) && !caseId.isEmpty();
        }
    }

    static Reading read(CaseInput input) {
        Diagnostics d = new Diagnostics();
        try {
            return readChecked(input, d);
        } catch (java.io.UncheckedIOException | SecurityException e) {
            d.report(new Origin(input.displayFile(CASE_MD), 1, 1), DiagnosticCode.PB109,
                    "cannot read the case: " + e.getMessage(), "");
            return new Reading(input, Loaded.of(null, d), "", new Origin(input.displayFile(CASE_MD), 1, 1),
                    List.of(), Set.of(), false, List.of());
        }
    }

    private static Reading readChecked(CaseInput input, Diagnostics d) {
        FrontMatter front = frontMatter(input, d);
        String caseId = front.id() != null ? front.id()
                : Slug.isValid(input.directoryName()) ? input.directoryName() : UNREADABLE_ID;
        CaseReading reading = new CaseReading(d, caseId);
        Map<CsvSchema, Optional<CsvTable>> tables = new EnumMap<>(CsvSchema.class);
        for (CsvSchema schema : CsvSchema.values()) {
            tables.put(schema, table(input, schema, d));
            tables.get(schema).ifPresent(t -> UnfilledCase.table(schema, t, d));
        }

        Map<String, Source> sources = tables.get(CsvSchema.SOURCES)
                .map(t -> SourceRows.read(t, reading)).orElse(Map.of());
        if (!complete(tables.get(CsvSchema.SOURCES))) {
            reading.sourceKeys().markIncomplete();
        }
        List<Park> parks = tables.get(CsvSchema.PARKS).map(t -> ParkRows.read(t, reading)).orElse(List.of());
        if (!complete(tables.get(CsvSchema.PARKS))) {
            reading.parkIds().markIncomplete();
        }
        ActorRows.Read stakes = tables.get(CsvSchema.ACTORS).map(t -> ActorRows.read(t, reading))
                .orElse(new ActorRows.Read(List.of(), Set.of()));
        ObservationRows.Read observations = tables.get(CsvSchema.OBSERVATIONS).map(t -> ObservationRows.read(t, reading))
                .orElse(new ObservationRows.Read(List.of(), List.of(), false));
        var events = tables.get(CsvSchema.EVENTS).map(t -> EventRows.read(t, reading)).orElse(List.of());
        var statistics = tables.get(CsvSchema.STATISTICS).map(t -> StatisticRows.read(t, reading)).orElse(List.of());
        List<ZoneRows.ReadZone> zones = tables.get(CsvSchema.ZONES).map(t -> ZoneRows.read(t, reading)).orElse(List.of());

        if (complete(tables.get(CsvSchema.ACTORS))) {
            StakeTotals.check(stakes, d);
        }
        checkFrontMatterParks(front, reading);
        warnParksWithoutObservations(parks, observations, d);
        List<Citation> citations = Citations.parse(front.narrative(), input.displayFile(CASE_MD), front.narrativeLine(), d);
        List<ResolvedCitation> resolved = Citations.resolve(citations, observations.observations(), sources);
        CitationCheck.check(resolved, observations.observations(), observations.complete(), reading.parkIds(),
                reading.sourceKeys(), d);

        Map<Language, CaseText> translations = CaseTranslations.read(input, front, citations, observations.observations(),
                sources, d);
        Map<Language, TeachingNotes> notes = TeachingNotesFiles.read(input, observations.observations(), observations.complete(),
                sources, reading);
        CaseStudy study = d.hasErrors() ? null : assemble(input, front, parks, stakes.stakes(), observations.observations(),
                events, sources, statistics, zones, resolved, d);
        if (study != null) {
            study = study.withTranslations(translations).withTeachingNotes(notes);
        }
        if (study != null) {
            ModelAgreement.check(study, d);
        }
        Origin idOrigin = front.idOrigin() != null ? front.idOrigin() : front.origin();
        return new Reading(input, Loaded.of(study, d), caseId, idOrigin, parks, Set.copyOf(reading.parkIds().ids()),
                reading.parkIds().complete(), zones);
    }

    private static FrontMatter frontMatter(CaseInput input, Diagnostics d) {
        String file = input.displayFile(CASE_MD);
        Path path = input.directory().resolve(CASE_MD);
        Origin start = new Origin(file, 1, 1);
        if (!TextFile.present(path)) {
            d.report(start, DiagnosticCode.PB100, "required file case.md is missing",
                    "every case has a case.md with front matter and narrative");
            return FrontMatter.unreadable(start);
        }
        return TextFile.read(path, file, d)
                .map(text -> {
                    UnfilledCase.caseFile(text, file, d);
                    return FrontMatterReader.read(text, file, input.directoryName(), d);
                })
                .orElse(FrontMatter.unreadable(start));
    }

    private static Optional<CsvTable> table(CaseInput input, CsvSchema schema, Diagnostics d) {
        Path path = input.directory().resolve(schema.fileName());
        String file = input.displayFile(schema.fileName());
        if (!TextFile.present(path)) {
            if (schema.required()) {
                d.report(new Origin(file, 1, 1), DiagnosticCode.PB100, "required file " + schema.fileName() + " is missing",
                        "create it with the header row: " + String.join(",", schema.columns()));
            }
            return Optional.empty();
        }
        return CsvTable.read(path, file, schema.columns(), schema.optionalColumns(), d);
    }

    /** Whether a table was read in full: present, with every column, and every row well-formed. */
    private static boolean complete(Optional<CsvTable> table) {
        return table.isPresent() && table.get().complete();
    }

    private static void checkFrontMatterParks(FrontMatter front, CaseReading reading) {
        if (front.parks() == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (YamlFields.Located park : front.parks()) {
            if (!seen.add(park.value())) {
                reading.diagnostics().report(park.origin(), DiagnosticCode.PB301, "park '" + park.value()
                        + "' is listed twice in 'parks'", "list each park once, in display order");
            } else if (!reading.parkIds().contains(park.value()) && reading.parkIds().complete()) {
                reading.diagnostics().report(park.origin(), DiagnosticCode.PB302, "unknown park '" + park.value() + "'"
                                + WordSuggestion.didYouMean(park.value(), reading.parkIds().ids()),
                        "'parks' lists ids of parks.csv; known: " + String.join(", ", reading.parkIds().ids()));
            }
        }
    }

    /**
     * PB504 for a park no observation names; not when observations.csv was not read in full, as
     * the park's observations may be in a row that could not be read (already an error).
     */
    private static void warnParksWithoutObservations(List<Park> parks, ObservationRows.Read observations, Diagnostics d) {
        if (!observations.complete()) {
            return;
        }
        Set<String> observed = new HashSet<>(observations.parksMentioned());
        for (Park park : parks) {
            if (!observed.contains(park.id())) {
                d.report(park.origin(), DiagnosticCode.PB504, "park " + park.id() + " has no observations",
                        "add what sources report (enterprises, investment, jobs, area…) to observations.csv");
            }
        }
    }

    private static CaseStudy assemble(CaseInput input, FrontMatter front, List<Park> parks, List<ActorRows.ReadStake> stakes,
                                      List<Observation> observations, List<Event> events,
                                      Map<String, Source> sources, List<PublishedStatistic> statistics,
                                      List<ZoneRows.ReadZone> zones, List<ResolvedCitation> citations, Diagnostics d) {
        try {
            CaseMeta meta = new CaseMeta(front.id(), front.title(), front.subtitle(), front.parkIds(), front.model(),
                    front.objectives(), front.discussion(), front.readingMinutes(), front.status(), front.origin());
            Map<String, Integer> position = new HashMap<>();
            front.parkIds().forEach(id -> position.putIfAbsent(id, position.size()));
            List<Park> ordered = new ArrayList<>(parks);
            ordered.sort(Comparator.comparingInt(p -> position.getOrDefault(p.id(), Integer.MAX_VALUE)));
            List<ConfirmedZone> zoneList = zones.stream().map(ZoneRows.ReadZone::zone).toList();
            return CaseAssembly.of(meta, front.narrative(), ordered, stakes.stream().map(ActorRows.ReadStake::stake).toList(),
                    observations, events, sources, statistics, zoneList, input.directory(), input.displayDirectory(), citations);
        } catch (IllegalArgumentException | NullPointerException e) {
            d.report(front.origin(), DiagnosticCode.PB402, "the case cannot be assembled: " + e.getMessage(), "");
            return null;
        }
    }
}
