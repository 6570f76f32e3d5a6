package org.parkbench.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An industrial park. Figures that change over time or that sources dispute (area, jobs,
 * investment…) are not fields here: they are {@link Observation}s, kept side by side.
 *
 * @param country         host country, ISO 3166-1 alpha-2
 * @param established     year the park was established, if a source gives it
 * @param corridor        the Belt and Road corridor a source assigns it, or null when no source does
 * @param mofcomConfirmed year MOFCOM confirmed it as a national-level zone, if it did
 * @param variant         the form of its development model, if one fits
 * @param source          the source of the park's facts
 * @param note            a remark on the row for readers (may be empty)
 * @param mofcomSource    the source of the MOFCOM confirmation when it is not {@code source} (may be empty)
 * @param modelSource     the source of the development model when it is not {@code source} (may be empty)
 */
public record Park(String id, String caseId, String nameEn, String nameZh, String country, Location location,
                   Corridor corridor, boolean beltAndRoad, List<Sector> sectors, ParkStatus status,
                   Integer established, String homeProvince, Integer mofcomConfirmed,
                   DevelopmentModel model, Variant variant, String source, String note, String mofcomSource,
                   String modelSource, Origin origin) implements Sourced {
    public Park {
        Slug.require(id, "park id");
        Slug.require(caseId, "case id");
        Objects.requireNonNull(nameEn, "nameEn");
        nameZh = Objects.requireNonNullElse(nameZh, "");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(location, "location");
        sectors = List.copyOf(sectors);
        Objects.requireNonNull(status, "status");
        homeProvince = Objects.requireNonNullElse(homeProvince, "");
        Objects.requireNonNull(model, "model");
        if (variant != null && variant.model() != model) {
            throw new IllegalArgumentException("variant " + variant.word() + " belongs to " + variant.model().word()
                    + ", not to " + model.word());
        }
        Objects.requireNonNull(source, "source");
        note = Objects.requireNonNullElse(note, "");
        mofcomSource = Objects.requireNonNullElse(mofcomSource, "");
        modelSource = Objects.requireNonNullElse(modelSource, "");
        Objects.requireNonNull(origin, "origin");
    }

    /** A park without a note and with every fact from {@code source}. */
    public Park(String id, String caseId, String nameEn, String nameZh, String country, Location location,
                Corridor corridor, boolean beltAndRoad, List<Sector> sectors, ParkStatus status,
                Integer established, String homeProvince, Integer mofcomConfirmed,
                DevelopmentModel model, Variant variant, String source, Origin origin) {
        this(id, caseId, nameEn, nameZh, country, location, corridor, beltAndRoad, sectors, status, established,
                homeProvince, mofcomConfirmed, model, variant, source, "", "", "", origin);
    }

    /** The key of the source for the MOFCOM confirmation: its own, else the park's. */
    public String mofcomSourceKey() {
        return mofcomSource.isEmpty() ? source : mofcomSource;
    }

    /** The key of the source for the development model: its own, else the park's. */
    public String modelSourceKey() {
        return modelSource.isEmpty() ? source : modelSource;
    }

    public OptionalInt establishedYear() {
        return established == null ? OptionalInt.empty() : OptionalInt.of(established);
    }

    public OptionalInt mofcomConfirmedYear() {
        return mofcomConfirmed == null ? OptionalInt.empty() : OptionalInt.of(mofcomConfirmed);
    }

    /** The corridor a source assigns the park; empty when none does (the course does not assign one itself). */
    public Optional<Corridor> corridorIfAssigned() {
        return Optional.ofNullable(corridor);
    }

    /** How the pages name the park's corridor: its label, or that the sources assign none. */
    public String corridorLabel() {
        return corridorIfAssigned().map(Corridor::label).orElse("Not assigned by the sources");
    }

    public Optional<Variant> variantIfAny() {
        return Optional.ofNullable(variant);
    }
}
