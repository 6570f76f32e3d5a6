package org.parkbench.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A zone on the list of overseas economic and trade cooperation zones confirmed by China's
 * Ministry of Commerce, with how far the row was verified. {@code park} links to a case park where
 * one exists; {@code model} is set only where a source (the paper) assigns one.
 */
public record ConfirmedZone(String id, String nameEn, String nameZh, String country, String developer,
                            String homeProvince, Verification verification, String evidence, String park,
                            DevelopmentModel model, Variant variant, String source, Origin origin) implements Sourced {
    public ConfirmedZone {
        Slug.require(id, "zone id");
        Objects.requireNonNull(nameEn, "nameEn");
        nameZh = Objects.requireNonNullElse(nameZh, "");
        Objects.requireNonNull(country, "country");
        developer = Objects.requireNonNullElse(developer, "");
        homeProvince = Objects.requireNonNullElse(homeProvince, "");
        Objects.requireNonNull(verification, "verification");
        evidence = Objects.requireNonNullElse(evidence, "");
        park = Objects.requireNonNullElse(park, "");
        if (variant != null && variant.model() != model) {
            throw new IllegalArgumentException("variant " + variant.word() + " does not belong to the zone's model");
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
    }

    public Optional<String> caseParkId() {
        return park.isEmpty() ? Optional.empty() : Optional.of(park);
    }

    public Optional<DevelopmentModel> modelIfKnown() {
        return Optional.ofNullable(model);
    }
}
