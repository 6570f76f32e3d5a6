package org.parkbench.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a park is: a place name as sources give it, and coordinates only where a source gives them,
 * with their precision and that source. Unknown coordinates stay unknown.
 */
public record Location(String place, Double latitude, Double longitude, LocationPrecision precision, String source) {
    public Location {
        place = Objects.requireNonNullElse(place, "");
        Objects.requireNonNull(precision, "precision");
        source = Objects.requireNonNullElse(source, "");
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("latitude and longitude go together");
        }
        if (latitude != null) {
            if (latitude < -90 || latitude > 90) {
                throw new IllegalArgumentException("latitude " + latitude + " is outside -90..90");
            }
            if (longitude < -180 || longitude > 180) {
                throw new IllegalArgumentException("longitude " + longitude + " is outside -180..180");
            }
            if (precision == LocationPrecision.UNKNOWN) {
                throw new IllegalArgumentException("coordinates need a precision other than unknown");
            }
            if (source.isBlank()) {
                throw new IllegalArgumentException("coordinates need a source");
            }
        }
    }

    public boolean hasCoordinates() {
        return latitude != null;
    }

    public Optional<Double> lat() {
        return Optional.ofNullable(latitude);
    }

    public Optional<Double> lon() {
        return Optional.ofNullable(longitude);
    }
}
