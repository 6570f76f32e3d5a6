package org.parkbench.core.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parkbench.core.model.PublishedStatistic;
import org.parkbench.core.quantity.QuantityFormat;

/**
 * Whether a published share follows from the published counts: the share recomputed at full
 * precision from the part and its total, the share as printed, and how they agree (rounded,
 * truncated, close, or not at all). The paper's "56 parks … 72.72 %" of 77 parks is the
 * motivating case: 56/77 = 72.7272…, which rounds to 72.73, so 72.72 was truncated.
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
     * @throws DerivationException when the part reports no share, names another total, or the
     *                             units do not convert, or the total is 0
     */
    public static ShareCheck of(PublishedStatistic part, PublishedStatistic total) {
        double reported = part.reportedShare().orElseThrow(() -> new DerivationException("statistic " + part.id()
                + " reports no share to check"));
        double recomputed = recompute(part, total).value();
        return new ShareCheck(part, total, recomputed, reported, Agreement.of(recomputed, reported));
    }

    /** A check for every statistic that reports a share and names a total present in {@code statistics}. */
    public static List<ShareCheck> all(List<PublishedStatistic> statistics) {
        Map<String, PublishedStatistic> byId = statistics.stream()
                .collect(Collectors.toMap(PublishedStatistic::id, Function.identity(), (a, b) -> a));
        List<ShareCheck> checks = new ArrayList<>();
        for (PublishedStatistic s : statistics) {
            if (s.reportedShare().isPresent() && s.total().map(byId::containsKey).orElse(false)) {
                checks.add(of(s, byId.get(s.shareOf())));
            }
        }
        return List.copyOf(checks);
    }

    /** {@code part} as a percentage of {@code total}, as a derived value at full precision. */
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
        double partValue = part.unit().convert(part.value(), total.unit());
        double percent = partValue / total.value() * 100;
        String formula = FORMAT.plain(partValue) + " ÷ " + FORMAT.plain(total.value()) + " = " + FORMAT.result(percent) + " %";
        return new DerivedValue("share-of-total", percent, "%", formula, List.of(part, total));
    }

    /** The decimals the share was printed with. */
    public int reportedDecimals() {
        return Agreement.decimals(reportedPercent);
    }

    /** The recomputed share to one decimal more than printed, with "…" when digits follow. */
    public String recomputedText() {
        BigDecimal exact = new BigDecimal(recomputedPercent);
        BigDecimal shown = exact.setScale(reportedDecimals() + 1, RoundingMode.DOWN);
        boolean more = exact.compareTo(shown) != 0;
        return more ? shown.toPlainString() + "…%" : FORMAT.plain(recomputedPercent) + " %";
    }

    /** E.g. "56/77 = 72.727…%, reported as 72.72 % (truncated, not rounded)". */
    public String sentence() {
        String base = FORMAT.plain(part.unit().convert(part.value(), total.unit())) + "/" + FORMAT.plain(total.value())
                + " = " + recomputedText() + ", reported as " + FORMAT.plain(reportedPercent) + " %";
        return switch (agreement) {
            case ROUNDED -> base + " (rounded: agrees)";
            case TRUNCATED -> base + " (truncated, not rounded)";
            case CLOSE -> base + " (close, within " + FORMAT.plain(Agreement.CLOSE_POINTS)
                    + " points, but neither rounded nor truncated)";
            case DISAGREES -> base + " (disagrees by " + FORMAT.result(Math.abs(recomputedPercent - reportedPercent)) + " points)";
        };
    }
}
