package org.parkbench.core.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.Vocabulary;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;

/**
 * Finds the citations in a narrative and resolves them. Anything between {@code {{ }}} is taken
 * for a citation: one that cannot be read is reported (PB307 for its shape, PB207 for an unknown
 * indicator, PB202 for a bad date) rather than left for a reader to see.
 */
public final class Citations {
    private static final Pattern BRACES = Pattern.compile("\\{\\{([^{}\\r\\n]*)}}");
    private static final String SHAPES = "write {{obs:park/indicator/as_of}}, {{obs:park/indicator/as_of/source}} or {{src:key}}";

    private Citations() {
    }

    /** The well-formed citations of {@code narrative}, in order; positions counted within it. */
    public static List<Citation> find(String narrative) {
        return parse(narrative, "", 1, new Diagnostics());
    }

    /**
     * The citations of a narrative that starts on line {@code firstLine} of {@code file}, reporting
     * each malformed one to {@code diagnostics}.
     */
    public static List<Citation> parse(String narrative, String file, int firstLine, Diagnostics diagnostics) {
        TextPositions positions = new TextPositions(narrative, file);
        List<Citation> found = new ArrayList<>();
        Matcher m = BRACES.matcher(narrative);
        while (m.find()) {
            Origin inNarrative = positions.origin(m.start());
            Origin origin = new Origin(file, firstLine + inNarrative.line() - 1, inNarrative.column());
            String body = m.group(1).strip();
            int colon = body.indexOf(':');
            String kind = colon < 0 ? "" : body.substring(0, colon).strip();
            String[] parts = colon < 0 ? new String[0] : body.substring(colon + 1).strip().split("/", -1);
            if (kind.equals("src") && parts.length == 1 && !parts[0].isBlank()) {
                found.add(new Citation.SourceCitation(parts[0].strip(), m.group(), m.start(), m.end(), origin));
            } else if (kind.equals("obs") && (parts.length == 3 || parts.length == 4)) {
                observation(parts, m, origin, diagnostics).ifPresent(found::add);
            } else {
                diagnostics.report(origin, DiagnosticCode.PB307, "cannot read citation '" + m.group() + "'", SHAPES);
            }
        }
        return found;
    }

    private static java.util.Optional<Citation> observation(String[] parts, Matcher m, Origin origin, Diagnostics d) {
        String park = parts[0].strip();
        var indicator = Vocabulary.lookup(Indicator.class, parts[1]);
        if (indicator.isEmpty()) {
            d.report(origin, DiagnosticCode.PB207, "citation " + m.group() + ": " + Cells.unknownWord("indicator",
                    parts[1].strip(), Vocabulary.words(Indicator.class)), "");
        }
        PartialDate asOf = null;
        try {
            asOf = PartialDate.parse(parts[2]);
        } catch (IllegalArgumentException e) {
            d.report(origin, DiagnosticCode.PB202, "citation " + m.group() + ": " + e.getMessage(), "");
        }
        String source = parts.length == 4 ? parts[3].strip() : "";
        if (park.isEmpty() || (parts.length == 4 && source.isEmpty())) {
            d.report(origin, DiagnosticCode.PB307, "cannot read citation '" + m.group() + "': a part is empty", SHAPES);
            return java.util.Optional.empty();
        }
        if (indicator.isEmpty() || asOf == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Citation.ObservationCitation(park, indicator.get(), asOf, source, m.group(),
                m.start(), m.end(), origin));
    }

    /**
     * The observations a citation names: same park, indicator and as-of date (as written, same
     * precision), and the named source if any. A citation resolves when exactly one matches.
     */
    public static List<Observation> matches(List<Observation> observations, Citation.ObservationCitation citation) {
        return observations.stream()
                .filter(o -> o.park().equals(citation.park()) && o.indicator() == citation.indicator()
                        && o.asOf().equals(citation.asOf())
                        && (citation.source().isEmpty() || o.source().equals(citation.source())))
                .toList();
    }

    /** {@link #matches(List, Citation.ObservationCitation)} over a loaded case. */
    public static List<Observation> matches(CaseStudy caseStudy, Citation.ObservationCitation citation) {
        return matches(caseStudy.observations(), citation);
    }
}
