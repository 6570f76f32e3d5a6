package org.parkbench.core.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.Stake;

/**
 * The derivations by name, for exercise keys, figures and the site's "how this was computed"
 * notes: {@code evaluate("jobs-per-km2", {park: …, as_of: 2024-04, area_as_of: 2016}, casebook)}.
 * Parameters select the facts (see {@link #parameters(String)}); an unknown name or parameter, a
 * missing fact, or two facts where one is needed (sources that conflict) is a
 * {@link DerivationException} that lists what would have been accepted.
 */
public final class DerivationCatalog {
    private static final List<String> OBSERVATION_KEYS = List.of("as_of", "year", "source");
    /** The rule every ratio's two figures obey (jobs and investment per km², investment per enterprise). */
    public static final RatioPairingRule PAIRING = RatioPairingRule.STANDARD;

    private record Entry(String name, String description, List<String> required, List<String> optional,
                         Function<CatalogQuery, DerivedValue> evaluator) {
        List<String> parameters() {
            List<String> all = new ArrayList<>(required);
            all.addAll(optional);
            return List.copyOf(all);
        }
    }

    private final Map<String, Entry> entries;

    private DerivationCatalog(List<Entry> entries) {
        Map<String, Entry> byName = new LinkedHashMap<>();
        entries.forEach(e -> byName.put(e.name(), e));
        this.entries = byName;
    }

    /** The derivations Parkbench ships. */
    public static DerivationCatalog standard() {
        return new DerivationCatalog(List.of(
                new Entry("observation", "One reported figure, passed through as reported (not derived).",
                        List.of("park", "indicator"), OBSERVATION_KEYS,
                        q -> DerivedValue.reported(q.observation(q.required("park"), q.indicator("indicator", null), ""))),
                new Entry("jobs-per-km2", "Direct jobs per km² of park area (jobs-direct ÷ area in km²).",
                        List.of("park"), with(OBSERVATION_KEYS, "area_indicator", prefixed("area_")),
                        q -> {
                            Observation jobs = q.observation(q.required("park"), Indicator.JOBS_DIRECT, "");
                            return Derivations.jobsPerKm2(jobs, q.pairedWith(jobs, q.indicator("area_indicator", Indicator.AREA),
                                    "area_", PAIRING));
                        }),
                new Entry("investment-per-km2", "Investment per km² of park area, in the investment's unit per km².",
                        List.of("park"), with(with(OBSERVATION_KEYS, "indicator", List.of()), "area_indicator", prefixed("area_")),
                        q -> {
                            Observation investment = q.observation(q.required("park"), q.indicator("indicator", Indicator.INVESTMENT), "");
                            return Derivations.investmentPerKm2(investment, q.pairedWith(investment,
                                    q.indicator("area_indicator", Indicator.AREA), "area_", PAIRING));
                        }),
                new Entry("investment-per-enterprise", "Investment per enterprise, in millions of the investment's currency.",
                        List.of("park"), with(with(OBSERVATION_KEYS, "indicator", List.of()), null, prefixed("enterprises_")),
                        q -> {
                            Observation investment = q.observation(q.required("park"), q.indicator("indicator", Indicator.INVESTMENT), "");
                            return Derivations.investmentPerEnterprise(investment,
                                    q.pairedWith(investment, Indicator.ENTERPRISES, "enterprises_", PAIRING));
                        }),
                new Entry("growth", "Growth of one indicator of a park between two observations: measure = relative (%, the "
                        + "default), annual (compound % a year) or absolute.",
                        List.of("park", "indicator"), with(with(prefixed("from_"), null, prefixed("to_")), "measure", List.of()),
                        DerivationCatalog::growth),
                new Entry("share-of-total", "A published statistic as a percentage of its total (share_of, or total=<id>).",
                        List.of("statistic"), List.of("total"),
                        q -> {
                            PublishedStatistic part = q.statistic(q.required("statistic"));
                            String totalId = q.optional("total").or(part::total).orElseThrow(() -> new DerivationException(
                                    "statistic " + part.id() + " names no total (share_of); give total=<statistic id>"));
                            return Derivations.shareOfTotal(part, q.statistic(totalId));
                        }),
                new Entry("implied-total", "The total a published statistic's reported share implies: value ÷ share.",
                        List.of("statistic"), List.of(),
                        q -> Derivations.impliedTotal(q.statistic(q.required("statistic")))),
                new Entry("unattributed-stake", "100 % minus the known developer and owner shares of a park on a date "
                        + "(as_of; default: the start of the latest stake period).",
                        List.of("park"), List.of("as_of"), DerivationCatalog::unattributed)));
    }

    /** The names, in catalog order. */
    public List<String> names() {
        return List.copyOf(entries.keySet());
    }

    /** What the named derivation computes, in a sentence. */
    public String description(String name) {
        return entry(name).description();
    }

    /** The parameters the named derivation accepts, required ones first. */
    public List<String> parameters(String name) {
        return entry(name).parameters();
    }

    /** What the named derivation takes, for a message: "required: a, b; optional: c". */
    public String signature(String name) {
        Entry e = entry(name);
        return "required: " + (e.required().isEmpty() ? "none" : String.join(", ", e.required()))
                + "; optional: " + (e.optional().isEmpty() ? "none" : String.join(", ", e.optional()));
    }

    /** Every derivation with its parameters, as the Markdown table docs/exercise-format.md carries. */
    public String markdownTable() {
        StringBuilder t = new StringBuilder("| derivation | what it computes | required parameters | optional parameters |\n"
                + "|---|---|---|---|\n");
        for (Entry e : entries.values()) {
            t.append("| `").append(e.name()).append("` | ").append(e.description().replace("|", "\\|")).append(" | ")
                    .append(codes(e.required())).append(" | ").append(codes(e.optional())).append(" |\n");
        }
        return t.toString();
    }

    private static String codes(List<String> keys) {
        return keys.isEmpty() ? "—" : String.join(", ", keys.stream().map(k -> "`" + k + "`").toList());
    }

    /** The parameters the named derivation cannot do without. */
    public List<String> requiredParameters(String name) {
        return entry(name).required();
    }

    /**
     * Computes the named derivation over the facts the parameters select.
     *
     * @throws DerivationException for an unknown name or parameter, a missing or ambiguous fact, or
     *                             facts the derivation cannot use
     */
    public DerivedValue evaluate(String name, Map<String, String> params, Casebook casebook) {
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(casebook, "casebook");
        Entry entry = entry(name);
        for (String key : params.keySet()) {
            if (!entry.parameters().contains(key)) {
                throw new DerivationException("unknown parameter '" + key + "' for " + name + "; allowed: "
                        + String.join(", ", entry.parameters()));
            }
        }
        return entry.evaluator().apply(new CatalogQuery(name, params, casebook));
    }

    private Entry entry(String name) {
        Entry entry = entries.get(name);
        if (entry == null) {
            throw new DerivationException("unknown derivation '" + name + "'; known: " + String.join(", ", entries.keySet()));
        }
        return entry;
    }

    private static DerivedValue growth(CatalogQuery q) {
        String park = q.required("park");
        Indicator indicator = q.indicator("indicator", null);
        Growth growth = Growth.between(q.observation(park, indicator, "from_"), q.observation(park, indicator, "to_"));
        String measure = q.optional("measure").orElse("relative");
        return switch (measure) {
            case "relative" -> growth.relativeValue();
            case "annual" -> growth.annualValue();
            case "absolute" -> growth.absoluteValue();
            default -> throw new DerivationException("growth measure '" + measure + "' is not one of: relative, annual, absolute");
        };
    }

    private static DerivedValue unattributed(CatalogQuery q) {
        String park = q.required("park");
        List<Stake> stakes = q.stakes(park);
        StakeStructure structure = StakeStructure.of(stakes);
        PartialDate date = q.optional("as_of").map(t -> q.date("as_of", t)).or(structure::latestDate)
                .orElseThrow(() -> new DerivationException("park " + park + " has no developer or owner stakes"));
        return structure.unattributedAt(date).orElseThrow(() -> new DerivationException("no developer or owner share of park "
                + park + " is known as of " + date + ", so the unattributed remainder is unknown too"));
    }

    private static List<String> prefixed(String prefix) {
        return OBSERVATION_KEYS.stream().map(k -> prefix + k).toList();
    }

    private static List<String> with(List<String> first, String key, List<String> rest) {
        List<String> all = new ArrayList<>(first);
        if (key != null) {
            all.add(key);
        }
        all.addAll(rest);
        return List.copyOf(all);
    }
}
