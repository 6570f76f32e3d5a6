package org.parkbench.core.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parkbench.core.model.Actor;
import org.parkbench.core.model.ActorKind;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.Role;
import org.parkbench.core.model.Stake;
import org.parkbench.core.validate.DiagnosticCode;

/**
 * Reads {@code actors.csv} into {@link Stake}s. An actor may have several rows, but its name, kind
 * and country must agree on all of them (PB301 at the disagreeing cell, naming the first row).
 */
final class ActorRows {
    /** A stake and its row, whose {@code stake_pct} cell is where stake totals are reported. */
    record ReadStake(Stake stake, CsvRow row) {
        Origin shareCell() {
            return row.origin("stake_pct"); // worked out only for a total that is reported
        }
    }

    /** The stakes read, and the parks some of whose rows did not load (their totals are not known). */
    record Read(List<ReadStake> stakes, java.util.Set<String> parksWithBadRows) {
    }

    private record FirstRow(String name, ActorKind kind, String country, Origin origin) {
    }

    private ActorRows() {
    }

    static Read read(CsvTable table, CaseReading reading) {
        List<ReadStake> stakes = new ArrayList<>();
        java.util.Set<String> badParks = new java.util.HashSet<>();
        Map<String, FirstRow> actors = new HashMap<>();
        for (CsvRow row : table.rows()) {
            Cells cells = reading.cells(table, row);
            String park = cells.reference("park", reading.parkIds(), DiagnosticCode.PB302, true);
            String actorId = cells.id("actor", "actor id");
            String name = cells.required("name");
            ActorKind kind = cells.word("kind", ActorKind.class, "actor kind", true);
            String country = cells.country("country", false);
            Role role = cells.word("role", Role.class, "role", true);
            Double share = cells.inRange("stake_pct", false, 0, 100, "stake_pct");
            PartialDate from = cells.date("from", true);
            PartialDate until = cells.date("until", false);
            if (from != null && until != null && until.compareTo(from) <= 0) {
                cells.report("until", DiagnosticCode.PB209, "period ends (until " + until + ") before it starts (from "
                        + from + ")", "'until' is the first date the row no longer holds: it must come after 'from'");
            }
            String source = cells.source("source", reading.sourceKeys());
            String note = cells.text("note");
            String nameZh = cells.text("name_zh");
            if (!actorId.isEmpty() && !name.isEmpty() && kind != null) {
                checkSameActor(actors, actorId, name, kind, country, cells);
            }
            boolean built = reading.build(cells, () -> {
                Actor actor = new Actor(actorId, name, kind, country, nameZh);
                stakes.add(new ReadStake(new Stake(park, actor, role, share, from, until, source, note, cells.origin()), row));
            });
            if (!built) {
                badParks.add(park);
            }
        }
        return new Read(stakes, badParks);
    }

    private static void checkSameActor(Map<String, FirstRow> actors, String id, String name, ActorKind kind,
                                       String country, Cells cells) {
        FirstRow first = actors.putIfAbsent(id, new FirstRow(name, kind, country, cells.origin()));
        if (first == null) {
            return;
        }
        String where = KnownIds.where(first.origin(), cells.origin());
        String hint = "an actor's name, kind and country agree on all its rows; use another actor id for another organisation";
        if (!first.name().equals(name)) {
            cells.report("name", DiagnosticCode.PB301, "actor '" + id + "' is named '" + name + "' here but '"
                    + first.name() + "' " + where, hint);
        }
        if (first.kind() != kind) {
            cells.report("kind", DiagnosticCode.PB301, "actor '" + id + "' is of kind " + kind.word() + " here but "
                    + first.kind().word() + " " + where, hint);
        }
        if (!Objects.equals(first.country(), country)) {
            cells.report("country", DiagnosticCode.PB301, "actor '" + id + "' has country '" + country + "' here but '"
                    + first.country() + "' " + where, hint);
        }
    }
}
