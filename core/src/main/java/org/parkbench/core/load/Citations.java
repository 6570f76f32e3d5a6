package org.parkbench.core.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Citation;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.ResolvedCitation;
import org.parkbench.core.model.Source;
import org.parkbench.core.model.Vocabulary;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;

/**
 * Finds the citations in a narrative and resolves them. Anything between {@code {{ }}} is taken
 * for a citation: one that cannot be read is reported (PB307 for its shape, PB207 for an unknown
 * indicator, PB202 for a bad date) rather than left for a reader to see. The loader resolves a
 * case's narrative once and the case keeps the result ({@link CaseStudy#citations()}); other texts
 * cited against a case (an exercise's) are resolved here the same way.
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

    private static Optional<Citation> observation(String[] parts, Matcher m, Origin origin, Diagnostics d) {
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
            return Optional.empty();
        }
        if (indicator.isEmpty() || asOf == null) {
            return Optional.empty();
        }
        return Optional.of(new Citation.ObservationCitation(park, indicator.get(), asOf, source, m.group(),
                m.start(), m.end(), origin));
    }

    /**
     * What each citation names among {@code observations} and {@code sources}: the rows of a case
     * being loaded, before the case is made. Only the cited parks' observations are looked at.
     */
    static List<ResolvedCitation> resolve(List<Citation> citations, List<Observation> observations, Map<String, Source> sources) {
        Set<String> cited = new HashSet<>();
        citations.forEach(c -> {
            if (c instanceof Citation.ObservationCitation o) {
                cited.add(o.park());
            }
        });
        Map<String, List<Observation>> ofCitedParks = new HashMap<>();
        for (Observation o : observations) {
            if (cited.contains(o.park())) {
                ofCitedParks.computeIfAbsent(o.park(), k -> new ArrayList<>()).add(o);
            }
        }
        return resolve(citations, park -> ofCitedParks.getOrDefault(park, List.of()), sources);
    }

    /** What each citation names in a loaded case (a text checked or shown against it, such as an exercise's). */
    public static List<ResolvedCitation> resolve(List<Citation> citations, CaseStudy caseStudy) {
        return resolve(citations, caseStudy::observations, caseStudy.sources());
    }

    private static List<ResolvedCitation> resolve(List<Citation> citations, Function<String, List<Observation>> ofPark,
                                                  Map<String, Source> sources) {
        List<ResolvedCitation> resolved = new ArrayList<>(citations.size());
        for (Citation c : citations) {
            if (c instanceof Citation.ObservationCitation o) {
                resolved.add(new ResolvedCitation(c, ofPark.apply(o.park()).stream().filter(o::names).toList(), Optional.empty()));
            } else {
                Citation.SourceCitation s = (Citation.SourceCitation) c;
                resolved.add(new ResolvedCitation(c, List.of(), Optional.ofNullable(sources.get(s.key()))));
            }
        }
        return resolved;
    }
}
