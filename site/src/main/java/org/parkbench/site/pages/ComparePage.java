package org.parkbench.site.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parkbench.core.analysis.DerivationCatalog;
import org.parkbench.core.analysis.RatioComparison;
import org.parkbench.core.analysis.RatioPairingRule;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.ObservationKind;
import org.parkbench.core.model.ObservationScope;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.Vocabulary;
import org.parkbench.core.quantity.QuantityFormat;
import org.parkbench.site.figures.FigureFiles;
import org.parkbench.site.output.SitePaths;

/**
 * Cross-case comparison: one row per park with its model, variant, status and the latest reported
 * figure of a few key indicators (each with its as-of date and source, since the dates differ), and
 * the figures that compare cases.
 */
public final class ComparePage {
    static final List<Indicator> KEY_INDICATORS = List.of(Indicator.AREA, Indicator.ENTERPRISES, Indicator.INVESTMENT,
            Indicator.JOBS_DIRECT);

    /** The latest figure of an indicator for a park; empty when no source reports one. */
    public record Cell(String value, String asOf, Views.SourceLink source, boolean known, int reports, String scope) {
    }

    /**
     * A ratio the compare page's figures draw, with the parks whose figures the pairing rule does
     * not pair ("Suez TEDA …: 2024-04 direct jobs with 2018 area: the dates are 6 years apart (the
     * rule allows 2)").
     */
    public record RatioNote(String name, List<String> notPaired) {
    }


    /** One park across the key indicators. */
    public record Row(String park, String caseTitle, String href, Views.ModelBadge model, String variant,
                      String country, String status, String established, List<Cell> cells) {
    }

    /** The rule the figures, the exercises' keys and this page's notes share. */
    private static final RatioPairingRule PAIRING = DerivationCatalog.PAIRING;

    private final Site site;

    ComparePage(Site site) {
        this.site = site;
    }

    void write() {
        String root = "";
        PageText t = site.text;
        Language language = t.language();
        QuantityFormat format = t.numbers();
        List<Row> rows = new ArrayList<>();
        for (CaseStudy c : site.cases()) {

            for (Park p : c.parks()) {
                List<Cell> cells = new ArrayList<>();
                for (Indicator ind : KEY_INDICATORS) {
                    List<Observation> obs = c.observations(p.id(), ind);
                    Optional<Observation> latest = obs.isEmpty() ? Optional.empty() : Optional.of(obs.get(obs.size() - 1));
                    cells.add(latest.map(o -> new Cell(format.stated(o), format.date(o.asOf()),
                                    Views.SourceLink.of(site, c.id(), o.source(), root), true, obs.size(),
                                    o.scope() == ObservationScope.ZONE ? "" : o.scope().label(language)))
                            .orElse(new Cell("", "", null, false, 0, "")));
                }
                rows.add(new Row(p.nameEn(), c.meta().title(), root + SitePaths.park(p.id()), Views.ModelBadge.of(p.model(), root, language),
                        p.variantIfAny().map(v -> v.label(language)).orElse(""), Views.country(p.country(), language), p.status().label(language),
                        p.established() == null ? "" : p.established().toString(), cells));
            }
        }
        List<RatioNote> ratios = ratioNotes();
        List<List<Row>> pages = ListPages.split(rows, PageLimits.COMPARE_ROWS);
        for (int i = 0; i < pages.size(); i++) {
            int number = i + 1;
            List<Row> pageRows = pages.get(i);
            site.pool.submit(() -> {
                Map<String, Object> m = new HashMap<>();
                m.put("indicators", KEY_INDICATORS.stream().map(k -> k.label(language)).toList());
                m.put("rows", pageRows);
                m.put("pairingRule", number == 1 ? pairingRule(t) : "");
                m.put("ratios", number == 1 ? ratios : List.of());
                m.put("pager", ListPages.pager(t, SitePaths.COMPARE, number, pages.size(), PageLimits.COMPARE_ROWS, rows.size(), "pager.parks"));
                m.put("figures", number == 1 ? site.figures.general().stream().filter(f -> !f.id().equals(FigureFiles.MAP_ID)).toList()
                        : List.of());
                site.page(SitePaths.listPage(SitePaths.COMPARE, number), "compare",
                        number == 1 ? t.text("compare.heading") : t.format("compare.title.page", number), "compare",
                        t.text("compare.description"), m, number == 1);
            });
        }
    }

    /** Per ratio the comparison figures draw, the course's parks whose two figures the rule does not pair. */
    private List<RatioNote> ratioNotes() {
        List<RatioNote> notes = new ArrayList<>();
        notes.add(note(site.text.text("compare.ratio.jobs"), RatioComparison.of(site.cases(), Indicator.JOBS_DIRECT, Indicator.AREA, PAIRING,
                Optional::of)));
        notes.add(note(site.text.text("compare.ratio.investment"), RatioComparison.of(site.cases(), Indicator.INVESTMENT, Indicator.AREA,
                PAIRING, RatioComparison::inUsdMillions)));
        return notes;
    }

    private RatioNote note(String name, RatioComparison comparison) {
        PageText t = site.text;
        return new RatioNote(name, comparison.refused().stream()
                .map(p -> t.language() == Language.EN ? p.refusalText() : t.format("compare.refusal.park", p.park().nameEn(), refusal(t, p)))
                .toList());
    }

    /** The course's pairing rule in one sentence: core's in English, the bundle's in other languages. */
    private static String pairingRule(PageText t) {
        if (t.language() == Language.EN) {
            return PAIRING.description();
        }
        return t.format(PAIRING.admitsLowConfidence() ? "compare.rule.told" : "compare.rule", PAIRING.maxGapYears());
    }

    /**
     * Why the rule pairs no figures of a park, in a language other than English (core says it in
     * English): the closest refused pair and what keeps it apart, as the figures say it.
     */
    private static String refusal(PageText t, RatioComparison.ParkPairing p) {
        RatioPairingRule.Choice choice = p.choice();
        if (choice.refused().isEmpty()) {
            return t.text("compare.refusal.none");
        }
        RatioPairingRule.Refusal r = choice.refused().get(0);
        Observation top = r.numerator();
        Observation bottom = r.denominator();
        Language language = t.language();
        List<String> reasons = new ArrayList<>();
        for (Observation o : List.of(top, bottom)) {
            if (o.kind() != ObservationKind.OUTCOME) {
                reasons.add(t.format("compare.refusal.kind", o.indicator().label(language), o.kind().label(language)));
            }
        }
        if (top.scope() != bottom.scope()) {
            reasons.add(t.format("compare.refusal.scope", top.indicator().label(language), top.scope().label(language),
                    bottom.indicator().label(language), bottom.scope().label(language)));
        }
        int gap = RatioPairingRule.gap(top, bottom);
        if (gap > PAIRING.maxGapYears()) {
            reasons.add(t.format("compare.refusal.gap", gap, PAIRING.maxGapYears()));
        }
        if (reasons.isEmpty()) {
            reasons.add(t.text("compare.refusal.other"));
        }
        return t.format("compare.refusal", t.numbers().date(top.asOf()), top.indicator().label(language),
                t.numbers().date(bottom.asOf()), bottom.indicator().label(language), String.join(t.text("compare.refusal.and"), reasons));
    }
}
