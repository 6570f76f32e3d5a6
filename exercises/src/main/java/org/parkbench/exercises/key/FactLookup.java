package org.parkbench.exercises.key;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parkbench.core.analysis.DerivationCatalog;
import org.parkbench.core.analysis.DerivationException;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.ConfirmedZone;
import org.parkbench.core.model.Event;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.Stake;
import org.parkbench.core.quantity.QuantityFormat;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.exercises.model.FactKind;

/**
 * Looks up the fact a choice key states, in the loaded data: a park's model, variant, country or
 * years, the year of an event, an actor's share, a zone's model, a reported figure or a published
 * statistic. The answer is the value as the data holds it, and where it was read from, so that a
 * key that disagrees can be reported with the data's value and its place.
 */
public final class FactLookup {
    private static final QuantityFormat FORMAT = QuantityFormat.english();

    /** A fact's value as text (a word, a year, a plain number) and where the data holds it. */
    public record Fact(String value, Origin origin) {
    }

    private final Casebook casebook;

    public FactLookup(Casebook casebook) {
        this.casebook = casebook;
    }

    /** The fact {@code kind} selected by {@code params}; {@code at} is where the file asks for it. */
    public Fact find(FactKind kind, Map<String, String> params, Origin at) {
        for (String required : kind.required()) {
            if (!params.containsKey(required) || params.get(required).isBlank()) {
                throw new KeyException(DiagnosticCode.PB402, at, "fact " + kind.word() + " needs '" + required + "'",
                        "give: " + String.join(", ", kind.required()));
            }
        }
        for (String given : params.keySet()) {
            if (!kind.required().contains(given) && !kind.optional().contains(given)) {
                List<String> allowed = new java.util.ArrayList<>(kind.required());
                allowed.addAll(kind.optional());
                throw new KeyException(DiagnosticCode.PB403, at, "fact " + kind.word() + " takes no parameter '" + given + "'",
                        "allowed: " + String.join(", ", allowed));
            }
        }
        return switch (kind) {
            case PARK_MODEL -> {
                Park p = park(params, at);
                yield new Fact(p.model().word(), p.origin());
            }
            case PARK_VARIANT -> {
                Park p = park(params, at);
                yield new Fact(p.variantIfAny().map(v -> v.word()).orElseThrow(() -> missing(at, "park " + p.id()
                        + " has no recorded model variant")), p.origin());
            }
            case PARK_COUNTRY -> {
                Park p = park(params, at);
                yield new Fact(p.country(), p.origin());
            }
            case PARK_ESTABLISHED -> {
                Park p = park(params, at);
                yield new Fact(String.valueOf(p.establishedYear().orElseThrow(() -> missing(at, "park " + p.id()
                        + " has no recorded year of establishment"))), p.origin());
            }
            case MOFCOM_YEAR -> {
                Park p = park(params, at);
                yield new Fact(String.valueOf(p.mofcomConfirmedYear().orElseThrow(() -> missing(at, "park " + p.id()
                        + " has no recorded MOFCOM confirmation"))), p.origin());
            }
            case EVENT_YEAR -> {
                Event e = event(params.get("park"), null, params.get("event"), at);
                yield new Fact(String.valueOf(e.date().year()), e.origin());
            }
            case STAKE_SHARE -> stakeShare(params, at);
            case PARK_DEVELOPER -> developer(params, at);
            case ZONE_MODEL -> {
                ConfirmedZone z = zone(params.get("zone"), at);
                yield new Fact(z.modelIfKnown().map(m -> m.word()).orElseThrow(() -> missing(at, "zone " + z.id()
                        + " has no recorded model")), z.origin());
            }
            case OBSERVATION -> observation(params, at);
            case STATISTIC -> {
                PublishedStatistic s = statistic(params.get("statistic"), at);
                yield new Fact(FORMAT.plain(s.value()), s.origin());
            }
        };
    }

    /** Whether a choice's value states {@code fact}: numbers compare as numbers, words without case. */
    public static boolean agrees(String stated, String fact) {
        Optional<BigDecimal> a = number(stated);
        Optional<BigDecimal> b = number(fact);
        if (a.isPresent() && b.isPresent()) {
            return a.get().compareTo(b.get()) == 0;
        }
        return stated.strip().toLowerCase(Locale.ROOT).equals(fact.strip().toLowerCase(Locale.ROOT));
    }

    Park park(Map<String, String> params, Origin at) {
        return park(params.get("park"), at);
    }

    Park park(String id, Origin at) {
        return casebook.park(id).orElseThrow(() -> new KeyException(DiagnosticCode.PB302, at, "unknown park '" + id + "'",
                "known parks: " + String.join(", ", casebook.parks().stream().map(Park::id).toList())));
    }

    ConfirmedZone zone(String id, Origin at) {
        return casebook.cases().stream().flatMap(c -> c.zones().stream()).filter(z -> z.id().equals(id)).findFirst()
                .orElseThrow(() -> new KeyException(DiagnosticCode.PB302, at, "unknown zone '" + id + "'",
                        "zones are the rows of the overview's zones.csv"));
    }

    /**
     * The one event of {@code parkId} on {@code date} (as written, or any date when null) whose text
     * contains {@code words} (ignoring case; any text when empty).
     */
    Event event(String parkId, String date, String words, Origin at) {
        Park park = park(parkId, at);
        PartialDate when = null;
        if (date != null) {
            try {
                when = PartialDate.parse(date);
            } catch (IllegalArgumentException e) {
                throw new KeyException(DiagnosticCode.PB202, at, e.getMessage(), "");
            }
        }
        PartialDate on = when;
        String w = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
        List<Event> found = casebook.events(park.id()).stream()
                .filter(e -> on == null || e.date().equals(on))
                .filter(e -> e.text().toLowerCase(Locale.ROOT).contains(w)).toList();
        String what = "event of park " + park.id() + (on == null ? "" : " on " + on) + (w.isEmpty() ? "" : " containing '" + words + "'");
        if (found.isEmpty()) {
            String dates = String.join(", ", casebook.events(park.id()).stream().map(e -> e.date().toString()).distinct().toList());
            throw new KeyException(DiagnosticCode.PB607, at, "no " + what + " in the data",
                    dates.isEmpty() ? "events.csv has no events for this park" : "its events are dated: " + dates);
        }
        if (found.size() > 1) {
            throw new KeyException(DiagnosticCode.PB607, at, found.size() + " events match: " + what,
                    "add words from one event's text to tell them apart (contains: / event:)");
        }
        return found.get(0);
    }

    private Fact stakeShare(Map<String, String> params, Origin at) {
        Park park = park(params, at);
        String actor = params.get("actor");
        PartialDate date = date(params, at);
        List<Stake> found = casebook.stakes(park.id()).stream().filter(s -> s.actor().id().equals(actor))
                .filter(s -> s.share().isPresent()).filter(s -> date == null || s.holdsOn(date)).toList();
        if (found.size() != 1) {
            throw missing(at, found.isEmpty() ? "no known share of actor " + actor + " in park " + park.id()
                    + (date == null ? "" : " as of " + date)
                    : found.size() + " shares of actor " + actor + " in park " + park.id() + " match; give as_of");
        }
        return new Fact(FORMAT.plain(found.get(0).sharePercent()), found.get(0).origin());
    }

    /** The one actor in the developer role of a park (on {@code as_of}, when given), by actor id. */
    private Fact developer(Map<String, String> params, Origin at) {
        Park park = park(params, at);
        PartialDate date = date(params, at);
        List<Stake> found = casebook.stakes(park.id()).stream()
                .filter(s -> s.role() == org.parkbench.core.model.Role.DEVELOPER)
                .filter(s -> date == null || s.holdsOn(date)).toList();
        List<String> ids = found.stream().map(s -> s.actor().id()).distinct().toList();
        if (ids.size() != 1) {
            throw missing(at, ids.isEmpty() ? "park " + park.id() + " has no recorded developer" + (date == null ? "" : " as of " + date)
                    : "park " + park.id() + " has " + ids.size() + " developers (" + String.join(", ", ids) + ")"
                    + (date == null ? "; give as_of" : " as of " + date));
        }
        return new Fact(ids.get(0), found.get(0).origin());
    }

    private static PartialDate date(Map<String, String> params, Origin at) {
        if (!params.containsKey("as_of")) {
            return null;
        }
        try {
            return PartialDate.parse(params.get("as_of"));
        } catch (IllegalArgumentException e) {
            throw new KeyException(DiagnosticCode.PB202, at, e.getMessage(), "");
        }
    }

    private Fact observation(Map<String, String> params, Origin at) {
        try {
            var value = DerivationCatalog.standard().evaluate("observation", params, casebook);
            Origin where = value.inputs().isEmpty() ? at : value.inputs().get(0).origin();
            return new Fact(FORMAT.plain(value.value()), where);
        } catch (DerivationException e) {
            throw new KeyException(DiagnosticCode.PB603, at, e.getMessage(), "");
        }
    }

    private PublishedStatistic statistic(String id, Origin at) {
        Map<String, PublishedStatistic> all = new HashMap<>();
        casebook.cases().forEach(c -> c.statistics().forEach(s -> all.put(s.id(), s)));
        PublishedStatistic s = all.get(id);
        if (s == null) {
            throw new KeyException(DiagnosticCode.PB308, at, "unknown statistic '" + id + "'",
                    "statistics are the rows of statistics.csv");
        }
        return s;
    }

    private static KeyException missing(Origin at, String message) {
        return new KeyException(DiagnosticCode.PB605, at, message, "a choice key that states a fact needs the fact in the data");
    }

    private static Optional<BigDecimal> number(String text) {
        try {
            return Optional.of(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
