package org.parkbench.core.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Park;
import org.parkbench.core.spi.CaseModules;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;

/**
 * Loads the cases of a course and joins them into a {@link Casebook}. Each case is loaded and
 * reported on its own; then the checks that span cases run: a case id used twice, a park id used by
 * two cases (PB301), and the park a confirmed zone links to (PB302), which must be a park of one of
 * the loaded cases (checked only when every case's parks.csv was read in full, so that a broken
 * parks file does not make every link unknown). Validate the overview together with the cases its
 * zones link to.
 */
public final class CasebookLoader {
    private CasebookLoader() {
    }

    /** The data of every case module on the classpath, sorted by case id. */
    public static List<CaseInput> shipped() {
        return CaseModules.discover().stream().map(CaseInput::of).toList();
    }

    /** Loads {@code inputs} in course order. */
    public static CasebookLoad load(List<CaseInput> inputs) {
        return load(inputs, List.of());
    }

    /**
     * Loads {@code inputs} in course order, with {@code background}: cases the course does not
     * include (the shipped ones) whose parks the course's links may still name — a zone of the
     * overview linking a case park, an exercise classifying parks of several cases. Background cases
     * are checked only as far as the course's links need them: their own problems are not the
     * course's, and one that does not load, or whose ids clash with the course's, is left out.
     */
    public static CasebookLoad load(List<CaseInput> inputs, List<CaseInput> background) {
        // each case is read on its own (no shared state), so cases are read on every core; the order is kept
        List<CaseLoader.Reading> readings = inputs.parallelStream().map(CaseLoader::read).toList();
        List<CaseLoader.Reading> behind = background.parallelStream().map(CaseLoader::read)
                .filter(r -> !r.loaded().hasErrors()).toList();
        Diagnostics across = new Diagnostics();
        checkCaseIds(readings, across);
        checkParkIds(readings, across);
        if (readings.stream().allMatch(CaseLoader.Reading::parkIdsComplete)) {
            Set<String> parkIds = new HashSet<>();
            readings.forEach(r -> parkIds.addAll(r.parkIds()));
            behind.forEach(r -> parkIds.addAll(r.parkIds()));
            checkZoneLinks(readings, parkIds, across);
        }

        List<Diagnostic> all = new ArrayList<>(across.sorted());
        readings.forEach(r -> all.addAll(r.loaded().diagnostics()));
        boolean clean = all.stream().noneMatch(Diagnostic::isError);
        Casebook casebook = clean ? new Casebook(readings.stream().map(r -> r.loaded().value()).toList(),
                behind.stream().map(r -> r.loaded().value()).toList()) : null;
        List<Loaded<CaseStudy>> cases = readings.stream().map(CaseLoader.Reading::loaded).toList();
        return new CasebookLoad(cases, new Loaded<>(casebook, all));
    }

    private static void checkCaseIds(List<CaseLoader.Reading> readings, Diagnostics d) {
        Map<String, CaseLoader.Reading> byId = new HashMap<>();
        for (CaseLoader.Reading r : readings) {
            if (!r.caseIdKnown()) {
                continue;
            }
            CaseLoader.Reading first = byId.putIfAbsent(r.caseId(), r);
            if (first != null) {
                d.report(r.idOrigin(), DiagnosticCode.PB301, "case id '" + r.caseId() + "' is also the id of "
                        + first.input().displayDirectory(), "a course lists each case once; case ids are unique");
            }
        }
    }

    private static void checkParkIds(List<CaseLoader.Reading> readings, Diagnostics d) {
        Map<String, Park> first = new HashMap<>();
        for (CaseLoader.Reading r : readings) {
            for (Park park : r.parks()) {
                Park earlier = first.putIfAbsent(park.id(), park);
                if (earlier != null && !earlier.caseId().equals(r.caseId())) {
                    d.report(park.origin(), DiagnosticCode.PB301, "park id '" + park.id() + "' is already used by case '"
                            + earlier.caseId() + "' at " + earlier.origin(), "park ids are unique across all cases");
                }
            }
        }
    }

    private static void checkZoneLinks(List<CaseLoader.Reading> readings, Set<String> parkIds, Diagnostics d) {
        for (CaseLoader.Reading r : readings) {
            for (ZoneRows.ReadZone z : r.zones()) {
                String park = z.zone().park();
                if (!park.isEmpty() && !parkIds.contains(park)) {
                    d.report(z.parkCell(), DiagnosticCode.PB302, "zone '" + z.zone().id() + "' links to unknown park '"
                                    + park + "'" + WordSuggestion.didYouMean(park, parkIds),
                            "a zone's park is a park of a case loaded with it; leave the cell empty if it has no case");
                }
            }
        }
    }
}
