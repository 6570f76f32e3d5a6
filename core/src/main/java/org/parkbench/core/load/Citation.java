package org.parkbench.core.load;

import java.util.Optional;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.PartialDate;

/**
 * A fact cited in a case narrative instead of retyped: {@code {{obs:park/indicator/as_of}}} (or
 * {@code {{obs:park/indicator/as_of/source}}} to pick one of several sources) for an observation,
 * {@code {{src:key}}} for a source. {@code start} and {@code end} delimit the citation in the
 * narrative, so a renderer can replace it; {@code origin} is where it is written in case.md.
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
    }

    /** A cited source, by key. */
    record SourceCitation(String key, String text, int start, int end, Origin origin) implements Citation {
    }
}
