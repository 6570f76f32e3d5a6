package org.parkbench.core.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.quantity.QuantityFormat;

/**
 * Whether a published share follows from the published counts: the share recomputed at full
 * precision from the part and its total, the share as printed, and how they agree (rounded,
 * truncated, close, or not at all). The paper's "56 parks … 72.72 %" of 77 parks is the
 * motivating case: 56/77 = 72.7272…, which rounds to 72.73, so 72.72 was truncated. Both counts
 * must be stated exactly: a share of "more than" or "about" figures has no printed digits to check.
 */
public record ShareCheck(PublishedStatistic part, PublishedStatistic total, double recomputedPercent,
                         double reportedPercent, Agreement agreement) {
    private static final QuantityFormat FORMAT = QuantityFormat.english();

    public ShareCheck {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(agreement, "agreement");
    }

    /**
     * Checks {@code part}'s reported share against {@code part ÷ total}.
     *
     * @throws DerivationException when the part reports no share, names another total, the
     *                             units do not convert, the total is 0, or either is not stated exactly
     */
    public static ShareCheck of(PublishedStatistic part, PublishedStatistic total) {
        double reported = part.reportedShare().orElseThrow(() -> new DerivationException("statistic " + part.id()
                + " reports no share to check"));
        for (PublishedStatistic s : List.of(part, total)) {
            if (!s.isExact()) {
                throw new DerivationException("statistic " + s.id() + " is stated as " + s.qualifier().label()
                        + " " + FORMAT.plain(s.value()) + ", not exactly, so the printed share of " + part.id()
                        + " cannot be checked against it");
            }
        }
        double recomputed = recompute(part, total).value();
        return new ShareCheck(part, total, recomputed, reported, Agreement.of(recomputed, reported));
    }

    /** A check for every statistic that reports a share and names a total present in {@code statistics}. */
    public static List<ShareCheck> all(List<PublishedStatistic> statistics) {
        Map<String, PublishedStatistic> byId = statistics.stream()
                .collect(Collectors.toMap(PublishedStatistic::id, Function.identity(), (a, b) -> a));
        List<ShareCheck> checks = new ArrayList<>();
        for (PublishedStatistic s : statistics) {
            if (checkable(s, byId)) {
                checks.add(of(s, byId.get(s.shareOf())));
            }
        }
        return List.copyOf(checks);
    }

    /** Whether {@code s} reports a share of a total among {@code byId}, both stated exactly. */
    static boolean checkable(PublishedStatistic s, Map<String, PublishedStatistic> byId) {
        return s.reportedShare().isPresent() && s.isExact() && s.total().map(byId::get).map(PublishedStatistic::isExact).orElse(false);
    }

    /**
     * {@code part} as a percentage of {@code total}, as a derived value at full precision. An
     * "about" input makes the share "about"; a bound or a range ("more than 300,000") is refused
     * with the reason, rather than guessed into a bound.
     */
    static DerivedValue recompute(PublishedStatistic part, PublishedStatistic total) {
        if (part.total().isPresent() && !part.shareOf().equals(total.id())) {
            throw new DerivationException("statistic " + part.id() + " is reported as a share of " + part.shareOf()
                    + ", not of " + total.id());
        }
        if (!part.unit().convertibleTo(total.unit())) {
            throw new DerivationException("cannot take " + part.id() + " (" + part.unit().word() + ") as a share of "
                    + total.id() + " (" + total.unit().word() + "): the units do not convert");
        }
        if (total.value() == 0) {
            throw new DerivationException("statistic " + total.id() + " is 0, so no share of it can be taken");
        }
        Qualifier bound = Qualifier.EXACT;
        for (PublishedStatistic s : List.of(part, total)) {
            if (s.qualifier() == Qualifier.ABOUT) {
                bound = Qualifier.ABOUT;
            } else if (!s.isExact()) {
                throw new DerivationException("statistic " + s.id() + " is stated as " + FORMAT.figure(s.value(), s.valueHigh(),
                        s.unit(), s.qualifier(), s.measure()) + "; a share taken of a bound or a range is not computed, "
                        + "choose statistics the source states exactly or as about");
            }
        }
        double partValue = part.unit().convert(part.value(), total.unit());
        double percent = partValue / total.value() * 100;
        Qualifier relation = bound;
        return new DerivedValue("share-of-total", percent, "%", f -> f.plain(partValue) + " ÷ " + f.plain(total.value()) + " "
                + f.relation(relation) + " " + f.withUnit(f.result(percent), "%"), List.of(part, total), bound, true);
    }

    /** The total the printed share implies, recomputed to check the printed one: "56 parks ÷ 72.72 % = 77.008 parks". */
    public String totalRecomputation() {
        return totalRecomputation(Language.EN);
    }

    /** {@link #totalRecomputation()} in {@code language}: "56 个园区 ÷ 72.72% = 77.008 个园区". */
    public String totalRecomputation(Language language) {
        QuantityFormat f = QuantityFormat.forLanguage(language);
        double implied = part.unit().convert(part.value(), total.unit()) / (reportedPercent / 100);
        return f.quantity(f.plain(part.value()), part.unit(), part.measure()) + " ÷ " + f.withUnit(f.plain(reportedPercent), "%")
                + " = " + f.quantity(f.result(implied), total.unit(), total.measure());
    }

    /**
     * The recomputed total as a check of the printed one, not as a new figure: "56 parks ÷ 72.72 %
     * = 77.008 parks, consistent with the printed 77 parks up to the truncated share".
     */
    public String totalCheck() {
        return totalCheck(Language.EN);
    }

    /** {@link #totalCheck()} in {@code language}: "56 个园区 ÷ 72.72% = 77.008 个园区，与所印的 77 个园区相符，差别来自比重的截断". */
    public String totalCheck(Language language) {
        QuantityFormat f = QuantityFormat.forLanguage(language);
        String printed = f.quantity(f.plain(total.value()), total.unit(), total.measure());
        return f.words().format("share-check.total." + agreement.word(), totalRecomputation(language), printed);
    }

    /** The decimals the share was printed with. */
    public int reportedDecimals() {
        return Agreement.decimals(reportedPercent);
    }

    /** The recomputed share to one decimal more than printed, with "…" when digits follow: "72.727…%". */
    public String recomputedText() {
        return recomputedText(Language.EN);
    }

    /** {@link #recomputedText()} as {@code language} writes a share: "72.727…%", "71.09 %" in English, "71.09%" in Chinese. */
    public String recomputedText(Language language) {
        QuantityFormat f = QuantityFormat.forLanguage(language);
        BigDecimal exact = new BigDecimal(recomputedPercent);
        BigDecimal shown = exact.setScale(reportedDecimals() + 1, RoundingMode.DOWN);
        boolean more = exact.compareTo(shown) != 0;
        return more ? shown.toPlainString() + "…%" : f.withUnit(f.plain(recomputedPercent), "%");
    }

    /** E.g. "56/77 = 72.727…%, reported as 72.72 % (truncated, not rounded)". */
    public String sentence() {
        return sentence(Language.EN);
    }

    /** {@link #sentence()} in {@code language}, with the same numbers: "56/77 = 72.727…%，所印为 72.72%（截断，而非四舍五入）". */
    public String sentence(Language language) {
        QuantityFormat f = QuantityFormat.forLanguage(language);
        String verdict = switch (agreement) {
            case ROUNDED, TRUNCATED -> f.words().text("share-check.sentence." + agreement.word());
            case CLOSE -> f.words().format("share-check.sentence.close", f.plain(Agreement.CLOSE_POINTS));
            case DISAGREES -> f.words().format("share-check.sentence.disagrees", f.result(Math.abs(recomputedPercent - reportedPercent)));
        };
        return f.words().format("share-check.sentence", f.plain(part.unit().convert(part.value(), total.unit())),
                f.plain(total.value()), recomputedText(language), f.withUnit(f.plain(reportedPercent), "%"), verdict);
    }
}
