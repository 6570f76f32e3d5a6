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
 * @param mofcomConfirmed year MOFCOM confirmed it as a national-level zone, if it did
 * @param variant         the form of its development model, if one fits
 */
public record Park(String id, String caseId, String nameEn, String nameZh, String country, Location location,
                   Corridor corridor, boolean beltAndRoad, List<Sector> sectors, ParkStatus status,
                   Integer established, String homeProvince, Integer mofcomConfirmed,
                   DevelopmentModel model, Variant variant, String source, Origin origin) implements Sourced {
    public Park {
        Slug.require(id, "park id");
        Slug.require(caseId, "case id");
        Objects.requireNonNull(nameEn, "nameEn");
        nameZh = Objects.requireNonNullElse(nameZh, "");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(corridor, "corridor");
        sectors = List.copyOf(sectors);
        Objects.requireNonNull(status, "status");
        homeProvince = Objects.requireNonNullElse(homeProvince, "");
        Objects.requireNonNull(model, "model");
        if (variant != null && variant.model() != model) {
            throw new IllegalArgumentException("variant " + variant.word() + " belongs to " + variant.model().word()
                    + ", not to " + model.word());
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
    }

    public OptionalInt establishedYear() {
        return established == null ? OptionalInt.empty() : OptionalInt.of(established);
    }

    public OptionalInt mofcomConfirmedYear() {
        return mofcomConfirmed == null ? OptionalInt.empty() : OptionalInt.of(mofcomConfirmed);
    }

    public Optional<Variant> variantIfAny() {
        return Optional.ofNullable(variant);
    }
}
