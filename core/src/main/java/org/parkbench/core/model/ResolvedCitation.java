package org.parkbench.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A citation with what it names in its case, worked out once: the observations an
 * {@code {{obs:…}}} citation matches (in file order; exactly one in a case that loaded, since the
 * loader reports none and several), or the source a {@code {{src:…}}} citation names. Its place is
 * the citation's: offsets in the text it is written in, and the 1-based line and column in the
 * file ({@link #origin()}).
 */
public record ResolvedCitation(Citation citation, List<Observation> observations, Optional<Source> source) {
    public ResolvedCitation {
        Objects.requireNonNull(citation, "citation");
        observations = List.copyOf(observations);
        Objects.requireNonNull(source, "source");
    }

    /** Whether the citation names something: an observation, or a known source. */
    public boolean resolves() {
        return citation instanceof Citation.ObservationCitation ? !observations.isEmpty() : source.isPresent();
    }

    /** The keys of the sources the citation rests on: the observations' sources, or the source cited. */
    public List<String> sourceKeys() {
        if (citation instanceof Citation.SourceCitation s) {
            return List.of(s.key());
        }
        return observations.stream().map(Observation::source).toList();
    }

    /** The citation as written, braces included. */
    public String text() {
        return citation.text();
    }

    public Origin origin() {
        return citation.origin();
    }
}
