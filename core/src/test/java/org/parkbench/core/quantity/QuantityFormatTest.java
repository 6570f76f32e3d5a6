package org.parkbench.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.Unit;

/**
 * The numbers of the shipped data as a reader, a formula and a data file get them. Expected texts
 * are written from the sources' figures: the paper's 1,082 enterprises, USD 18.55 bn and 72.72 %
 * of parks in Belt-and-Road countries, Xinhua's "more than 9,000" direct jobs at Suez TEDA.
 */
class QuantityFormatTest {
    private static final QuantityFormat ENGLISH = QuantityFormat.english();

    @Test
    void reportedValuesKeepEveryDigitTheSourceGaveAndGroupThousands() {
        assertThat(ENGLISH.reported(1082)).isEqualTo("1,082");
        assertThat(ENGLISH.reported(18.55)).isEqualTo("18.55");
        assertThat(ENGLISH.reported(72.72)).isEqualTo("72.72");
        assertThat(ENGLISH.reported(0.5)).isEqualTo("0.5");
        assertThat(ENGLISH.reported(177000)).isEqualTo("177,000");
        assertThat(ENGLISH.reported(1234567.5)).isEqualTo("1,234,567.5");
        assertThat(ENGLISH.reported(3e16)).isEqualTo("30,000,000,000,000,000");
        assertThat(ENGLISH.reported(-1082.25)).isEqualTo("-1,082.25");
        assertThat(ENGLISH.reported(-0.0)).isEqualTo("0");
        // nothing is rounded that the source did not round, not even binary noise
        assertThat(ENGLISH.reported(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(ENGLISH.percent(72.72)).isEqualTo("72.72 %");
    }

    @Test
    void aStatedValueHasItsUnitInItsPlaceAndTheSourcesQualifier() {
        assertThat(ENGLISH.stated(9000, Unit.PERSONS, Qualifier.OVER)).isEqualTo("more than 9,000 persons");
        assertThat(ENGLISH.stated(18.55, Unit.USD_BN, Qualifier.EXACT)).isEqualTo("USD 18.55 bn");
        assertThat(ENGLISH.stated(600, Unit.USD_M, Qualifier.ABOUT)).isEqualTo("about USD 600 m");
        assertThat(ENGLISH.stated(1082, Unit.COUNT, null)).isEqualTo("1,082");
        assertThat(ENGLISH.stated(7.34, Unit.KM2, Qualifier.UNDER)).isEqualTo("less than 7.34 km²");
        assertThat(ENGLISH.amount(72.72, Unit.PERCENT)).isEqualTo("72.72 %");
        assertThat(ENGLISH.stated(observation(Indicator.JOBS_DIRECT, 9000, Unit.PERSONS, Qualifier.OVER)))
                .isEqualTo("more than 9,000 persons");
    }

    @Test
    void everyCurrencyGoesBeforeTheNumberAndItsScaleAfter() {
        for (Unit unit : Unit.values()) {
            unit.currency().ifPresent(currency -> assertThat(ENGLISH.amount(50.69, unit))
                    .as(unit.word()).isEqualTo(currency + " 50.69 " + unit.label().substring(currency.length() + 1)));
        }
        assertThat(ENGLISH.amount(70, Unit.PKR_BN)).isEqualTo("PKR 70 bn");
    }

    @Test
    void runningTextNamesWhatACountCounts() {
        assertThat(ENGLISH.described(observation(Indicator.JOBS_DIRECT, 9000, Unit.PERSONS, Qualifier.OVER)))
                .isEqualTo("more than 9,000 direct jobs");
        assertThat(ENGLISH.described(observation(Indicator.ENTERPRISES, 1082, Unit.COUNT, Qualifier.EXACT)))
                .isEqualTo("1,082 enterprises");
        assertThat(ENGLISH.described(observation(Indicator.INVESTMENT, 18.55, Unit.USD_BN, Qualifier.ABOUT)))
                .isEqualTo("about USD 18.55 bn");
        assertThat(ENGLISH.quantity("1226.2", Unit.PERSONS, "direct jobs")).isEqualTo("1226.2 direct jobs");
        assertThat(ENGLISH.quantity("7.34", Unit.KM2, "direct jobs")).as("only counts take the noun").isEqualTo("7.34 km²");
        assertThat(ENGLISH.unitText(Unit.PERSONS, Indicator.JOBS_DIRECT)).isEqualTo("direct jobs");
        assertThat(ENGLISH.unitText(Unit.USD_BN, Indicator.INVESTMENT)).isEqualTo("USD bn");
    }

    @Test
    void aFormulaSaysHowItsResultRelatesToTheSourcesBound() {
        assertThat(ENGLISH.qualifierPrefix(Qualifier.OVER) + ENGLISH.plain(9000)).isEqualTo("more than 9000");
        assertThat(ENGLISH.relation(Qualifier.EXACT)).isEqualTo("=");
        assertThat(ENGLISH.relation(Qualifier.ABOUT)).isEqualTo("≈");
        assertThat(ENGLISH.relation(Qualifier.OVER)).isEqualTo("= more than");
        assertThat(ENGLISH.relation(Qualifier.UNDER)).isEqualTo("= less than");
    }

    @Test
    void resultsAreRoundedToFiveSignificantDigitsWithoutGrouping() {
        assertThat(ENGLISH.result(9000 / 7.34)).isEqualTo("1226.2"); // 1226.158…
        assertThat(ENGLISH.result(56.0 / 77 * 100)).isEqualTo("72.727"); // 72.7272…
        assertThat(ENGLISH.result(18550.0 / 1082)).isEqualTo("17.144"); // USD m per enterprise, 17.14417…
        assertThat(ENGLISH.result(1082 / 0.7109)).isEqualTo("1522"); // 1522.0143…: five digits, the trailing zero dropped
        assertThat(ENGLISH.result(3e9 / 7)).isEqualTo("428571428.6"); // 428,571,428.571…
        assertThat(ENGLISH.result(-9000 / 7.34)).isEqualTo("-1226.2");
        assertThat(ENGLISH.result(0.5)).isEqualTo("0.5");
        assertThat(ENGLISH.result(-1e-12)).isEqualTo("-0.000000000001");
        assertThat(ENGLISH.result(0)).isEqualTo("0");
    }

    @Test
    void figuresRoundToTheirDecimalsHalfEven() {
        assertThat(ENGLISH.rounded(1226.2345, 2)).isEqualTo("1,226.23");
        assertThat(ENGLISH.rounded(0.125, 2)).isEqualTo("0.12"); // exactly representable: half to even
        assertThat(ENGLISH.rounded(-1234567.891, 2)).isEqualTo("-1,234,567.89");
        assertThat(ENGLISH.rounded(-0.0, 2)).isEqualTo("0");
        assertThat(ENGLISH.rounded(18.55, 2, "USD bn")).isEqualTo("USD 18.55 bn");
        assertThat(ENGLISH.rounded(1082, 2, "count")).isEqualTo("1,082");
        assertThat(ENGLISH.rounded(72.72, 2, "%")).isEqualTo("72.72 %");
        assertThat(ENGLISH.rounded(9000 / 7.34, 2, "jobs/km²")).isEqualTo("1,226.16 jobs/km²");
        assertThat(ENGLISH.rounded(0.5, 2, "")).isEqualTo("0.5");
    }

    @Test
    void anAxisGetsItsOwnFormatThatWritesLikeTheFigure() {
        NumberFormat axis = ENGLISH.numberFormat(2);
        assertThat(axis.format(177000)).isEqualTo("177,000");
        assertThat(axis.format(1226.2345)).isEqualTo(ENGLISH.rounded(1226.2345, 2));
        assertThat(ENGLISH.numberFormat(0).format(1082.4)).isEqualTo("1,082");
        assertThat(ENGLISH.numberFormat(2)).as("a fresh format for each chart").isNotSameAs(axis);
    }

    @Test
    void plainNumbersHaveNoGroupingAndNoExponent() {
        assertThat(ENGLISH.plain(1082)).isEqualTo("1082");
        assertThat(ENGLISH.plain(18.55)).isEqualTo("18.55");
        assertThat(ENGLISH.plain(9000)).isEqualTo("9000");
        assertThat(ENGLISH.plain(0.5)).isEqualTo("0.5");
        assertThat(ENGLISH.plain(1e-7)).isEqualTo("0.0000001");
        assertThat(ENGLISH.plain(3e16)).isEqualTo("30000000000000000");
        assertThat(ENGLISH.plain(-1082.25)).isEqualTo("-1082.25");
        assertThat(ENGLISH.plain(-0.0)).isEqualTo("0");
        assertThat(ENGLISH.plain(100 - 71.09)).as("exact: the digits the double has").isEqualTo("28.909999999999997");
        assertThat(ENGLISH.plainSignificant(100 - 71.09, 12)).isEqualTo("28.91");
        assertThat(ENGLISH.plainSignificant(3e12, 12)).isEqualTo("3000000000000");
        assertThat(ENGLISH.plainDecimals(100 - 71.09, 2)).isEqualTo("28.91");
        assertThat(ENGLISH.plainDecimals(99.995, 2)).isEqualTo("100");
        assertThat(ENGLISH.plainDecimals(100.5, 2)).isEqualTo("100.5");
        assertThat(ENGLISH.fixed(29.9668, 4)).isEqualTo("29.9668");
        assertThat(ENGLISH.fixed(103.5, 4)).isEqualTo("103.5000");
        assertThat(ENGLISH.fixed(-0.00004, 4)).isEqualTo("-0.0000");
    }

    @Test
    void aNumberThatIsNotFiniteIsRefusedNotWritten() {
        assertThatThrownBy(() -> ENGLISH.reported(Double.NaN)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> ENGLISH.plain(Double.POSITIVE_INFINITY)).hasMessageContaining("Infinity");
        assertThatThrownBy(() -> ENGLISH.rounded(Double.NaN, 2)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> ENGLISH.plainSignificant(Double.NaN, 12)).hasMessageContaining("NaN");
    }

    @Test
    void theMachinesLanguageChangesNothing() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(ENGLISH.reported(1234567.5)).isEqualTo("1,234,567.5");
            assertThat(ENGLISH.rounded(1226.2345, 2)).isEqualTo("1,226.23");
            assertThat(ENGLISH.numberFormat(2).format(1226.5)).isEqualTo("1,226.5");
            assertThat(ENGLISH.fixed(29.9668, 4)).isEqualTo("29.9668");
            assertThat(ENGLISH.result(9000 / 7.34)).isEqualTo("1226.2");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aLanguageWithoutItsOwnFormatGetsEnglish() {
        assertThat(QuantityFormat.forLocale(Locale.UK)).isSameAs(ENGLISH);
        assertThat(QuantityFormat.forLocale(Locale.SIMPLIFIED_CHINESE).reported(1082)).isEqualTo("1,082");
        assertThat(ENGLISH.locale()).isEqualTo(Locale.ENGLISH);
    }

    private static Observation observation(Indicator indicator, double value, Unit unit, Qualifier qualifier) {
        return new Observation("suez-teda-zone", indicator, value, unit, qualifier, PartialDate.parse("2024-04"), "xinhua-2024", "",
                Origin.UNKNOWN);
    }

    private static Observation figure(Indicator indicator, double value, Double high, Unit unit, Qualifier q,
                                      org.parkbench.core.model.ObservationKind kind) {
        return new Observation("p", indicator, value, high, unit, q, kind, null, PartialDate.parse("2016"), "s", "", Origin.UNKNOWN);
    }

    @Test
    void everyQualifierAndKindIsWrittenOneWay() {
        QuantityFormat f = QuantityFormat.english();
        var outcome = org.parkbench.core.model.ObservationKind.OUTCOME;
        assertThat(f.described(figure(Indicator.JOBS_DIRECT, 9000, null, Unit.PERSONS, Qualifier.OVER, outcome)))
                .isEqualTo("more than 9,000 direct jobs");
        assertThat(f.stated(figure(Indicator.JOBS_INDUCED, 70000, null, Unit.PERSONS, Qualifier.ABOUT, outcome)))
                .isEqualTo("about 70,000 persons");
        assertThat(f.stated(figure(Indicator.JOBS_DIRECT, 30000, 50000.0, Unit.PERSONS, Qualifier.RANGE, outcome)))
                .isEqualTo("30,000–50,000 persons");
        assertThat(f.described(figure(Indicator.JOBS_TARGET, 40000, null, Unit.PERSONS, Qualifier.UP_TO,
                org.parkbench.core.model.ObservationKind.TARGET))).isEqualTo("target: up to 40,000 jobs");
        assertThat(f.stated(figure(Indicator.INVESTMENT_PLANNED, 3, null, Unit.USD_BN, Qualifier.EXACT,
                org.parkbench.core.model.ObservationKind.PLAN))).isEqualTo("planned: USD 3 bn");
        assertThat(f.stated(figure(Indicator.INVESTMENT, 1, 2.0, Unit.USD_BN, Qualifier.RANGE, outcome))).isEqualTo("USD 1–2 bn");
        assertThat(f.stated(figure(Indicator.JOBS_DIRECT, 300, null, Unit.PERSONS, Qualifier.AT_LEAST, outcome)))
                .isEqualTo("at least 300 persons");
    }
}
