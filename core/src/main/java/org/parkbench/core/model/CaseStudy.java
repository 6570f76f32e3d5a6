package org.parkbench.core.model;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One loaded, validated case: its front matter and narrative, the parks it covers and every fact
 * about them, each with its source. {@code directory} is where the case's files are (a folder, or
 * a folder inside a jar); {@code displayDirectory} is how diagnostics name it.
 */
public record CaseStudy(CaseMeta meta, String narrative, List<Park> parks, List<Stake> stakes,
                        List<Observation> observations, List<Event> events, Map<String, Source> sources,
                        List<PublishedStatistic> statistics, List<ConfirmedZone> zones,
                        Path directory, String displayDirectory) {
    public CaseStudy {
        Objects.requireNonNull(meta, "meta");
        narrative = Objects.requireNonNullElse(narrative, "");
        parks = List.copyOf(parks);
        stakes = List.copyOf(stakes);
        observations = List.copyOf(observations);
        events = events.stream().sorted(Comparator.comparing(Event::date)).toList();
        sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        statistics = List.copyOf(statistics);
        zones = List.copyOf(zones);
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(displayDirectory, "displayDirectory");
    }

    public String id() {
        return meta.id();
    }

    public Optional<Source> source(String key) {
        return Optional.ofNullable(sources.get(key));
    }

    public Optional<Park> park(String parkId) {
        return parks.stream().filter(p -> p.id().equals(parkId)).findFirst();
    }

    public List<Observation> observations(String parkId, Indicator indicator) {
        return observations.stream().filter(o -> o.park().equals(parkId) && o.indicator() == indicator)
                .sorted(Comparator.comparing(Observation::asOf)).toList();
    }

    public List<Stake> stakes(String parkId) {
        return stakes.stream().filter(s -> s.park().equals(parkId)).toList();
    }

    public List<Event> events(String parkId) {
        return events.stream().filter(e -> e.park().equals(parkId)).toList();
    }

    public boolean isDraft() {
        return meta.status() == CaseStatus.DRAFT;
    }
}
