package org.parkbench.core.model;

import java.util.Optional;

/**
 * A fact cited in a case narrative instead of retyped: {@code {{obs:park/indicator/as_of}}} (or
 * {@code {{obs:park/indicator/as_of/source}}} to pick one of several sources) for an observation,
 * {@code {{src:key}}} for a source. {@code start} and {@code end} delimit the citation in the
 * narrative, so a renderer can replace it; {@code origin} is where it is written in case.md
 * (1-based line and column). {@code core.load}'s {@code Citations} reads them; what one names in
 * its case is a {@link ResolvedCitation}.
 */
public sealed interface Citation permits Citation.ObservationCitation, Citation.SourceCitation {
    /** The citation as written, braces included. */
    String text();

    /** Offset of the opening braces in the narrative. */
    int start();

    /** Offset just past the closing braces in the narrative. */
    int end();

    Origin origin();

    /** A cited observation; {@code source} is empty unless the citation names one. */
    record ObservationCitation(String park, Indicator indicator, PartialDate asOf, String source,
                               String text, int start, int end, Origin origin) implements Citation {
        public ObservationCitation {
            source = source == null ? "" : source;
        }

        public Optional<String> namedSource() {
            return source.isEmpty() ? Optional.empty() : Optional.of(source);
        }

        /**
         * Whether the citation names {@code o}: same park, indicator and as-of date (as written,
         * same precision), and the named source if any.
         */
        public boolean names(Observation o) {
            return o.park().equals(park) && o.indicator() == indicator && o.asOf().equals(asOf)
                    && (source.isEmpty() || o.source().equals(source));
        }
    }

    /** A cited source, by key. */
    record SourceCitation(String key, String text, int start, int end, Origin origin) implements Citation {
    }
}
