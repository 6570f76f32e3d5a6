package org.parkbench.core.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.Role;
import org.parkbench.core.model.Stake;
import org.parkbench.core.quantity.QuantityFormat;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;

/**
 * Checks that the known shares of a park's owners and developers add up to at most 100 % at every
 * date (PB204, at the row that pushes the total over), and notes totals under 100 % as
 * unattributed remainders (PB501). Periods are half-open, [from, until), compared by their first
 * day; the total is re-evaluated at every date where the set of holding rows changes, and each
 * distinct set of rows is reported once. A park some of whose actor rows did not load is skipped:
 * its totals are not known, and the row's own error says why.
 */
final class StakeTotals {
    private static final double EPSILON = 1e-6;

    private StakeTotals() {
    }

    static void check(ActorRows.Read read, Diagnostics diagnostics) {
        Map<String, List<ActorRows.ReadStake>> byPark = new LinkedHashMap<>();
        for (ActorRows.ReadStake s : read.stakes()) {
            if (counts(s.stake()) && !read.parksWithBadRows().contains(s.stake().park())) {
                byPark.computeIfAbsent(s.stake().park(), p -> new ArrayList<>()).add(s);
            }
        }
        byPark.forEach((park, rows) -> checkPark(park, rows, diagnostics));
    }

    private static boolean counts(Stake stake) {
        return (stake.role() == Role.OWNER || stake.role() == Role.DEVELOPER) && stake.sharePercent() != null;
    }

    private static void checkPark(String park, List<ActorRows.ReadStake> rows, Diagnostics diagnostics) {
        rows.sort(Comparator.comparing(r -> r.stake().origin()));
        TreeMap<LocalDate, PartialDate> changes = new TreeMap<>();
        for (ActorRows.ReadStake r : rows) {
            changes.putIfAbsent(r.stake().from().start(), r.stake().from());
            if (r.stake().until() != null) {
                changes.putIfAbsent(r.stake().until().start(), r.stake().until());
            }
        }
        Set<List<ActorRows.ReadStake>> reported = new HashSet<>();
        changes.forEach((day, date) -> {
            List<ActorRows.ReadStake> holding = rows.stream().filter(r -> r.stake().holdsOn(date)).toList();
            if (holding.isEmpty() || !reported.add(holding)) {
                return;
            }
            double total = holding.stream().mapToDouble(r -> r.stake().sharePercent()).sum();
            String lines = holding.stream().map(r -> String.valueOf(r.stake().origin().line()))
                    .collect(Collectors.joining(", "));
            if (total > 100 + EPSILON) {
                double running = 0;
                for (ActorRows.ReadStake r : holding) {
                    running += r.stake().sharePercent();
                    if (running > 100 + EPSILON) {
                        diagnostics.report(r.shareCell(), DiagnosticCode.PB204, "stakes add up to " + percent(total)
                                + " % for park " + park + " from " + date + " (lines " + lines + ")",
                                "check the shares and periods: a stake that ended needs an 'until' date");
                        break;
                    }
                }
            } else if (total < 100 - EPSILON && total > EPSILON) {
                diagnostics.report(holding.get(0).shareCell(), DiagnosticCode.PB501, "stakes add up to " + percent(total)
                        + " %: " + percent(100 - total) + " % unattributed for park " + park + " from " + date
                        + " (lines " + lines + ")", "fine when the sources name no other holder; shown as unattributed");
            }
        });
    }

    static String percent(double value) {
        return QuantityFormat.english().plainDecimals(value, 2);
    }
}
