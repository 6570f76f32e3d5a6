package org.parkbench.core.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parkbench.core.language.Language;
import org.parkbench.core.language.Messages;
import org.parkbench.core.model.Dimension;
import org.parkbench.core.model.Indicator;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.ObservationKind;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.Qualifier;
import org.parkbench.core.model.Unit;

/**
 * How Parkbench writes a quantity in one language: the number (as a source reported it, rounded
 * for reading, or plain for a formula or a data file), its unit in its usual place and the
 * source's qualifier ("more than 9,000 persons", "USD 18.55 bn", "72.72 %"). One instance per
 * language, so that a caller asks its format and never builds a {@link DecimalFormat} itself.
 * Its words (qualifiers, what a count counts, "target:") come from core's message bundle.
 *
 * <p>In Chinese a figure from the data is written with the paper's 万 and 亿 ("185.5 亿美元" for
 * USD 18.55 bn, "约 7 万人", "超过 9,000 人", a range "3万–5万人"): the same number, said in Chinese
 * magnitudes, never rounded. A number already written by a caller (a computed result, an
 * exercise's answer in its stated unit) keeps its digits and gets its unit's Chinese name
 * ("1226.2 个岗位/平方公里"), so that an answer typed in one language is the answer in the other.
 * Output never depends on the machine's default locale, so every build writes the same bytes.
 * Instances are safe to share between threads.
 */
public final class QuantityFormat {
    private static final QuantityFormat ENGLISH = new QuantityFormat(Language.EN);
    private static final QuantityFormat CHINESE = new QuantityFormat(Language.ZH);
    static final String BUNDLE = "parkbench/core/messages";
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);
    private static final int RESULT_DIGITS = 5;
    /** How a money unit is labelled, "USD bn": the currency goes before the number, the scale after it. */
    private static final Pattern MONEY_LABEL = Pattern.compile("([A-Z]{3}) (m|bn)");
    /** Beyond this a double holds no fraction and no longer converts to a long exactly. */
    private static final double WHOLE_LIMIT = 1e15;

    private final Language language;
    private final Locale locale;
    private final DecimalFormatSymbols symbols;
    private final Messages words;
    /** Per thread, one format per number of decimals: building a DecimalFormat costs far more than using one. */
    private final ThreadLocal<DecimalFormat[]> exact = ThreadLocal.withInitial(() -> new DecimalFormat[20]);
    private final ThreadLocal<DecimalFormat[]> rounding = ThreadLocal.withInitial(() -> new DecimalFormat[20]);

    private QuantityFormat(Language language) {
        this.language = language;
        // digits and separators are the same in both languages: 9,000 and 18.55
        this.locale = language == Language.EN ? Locale.ENGLISH : language.locale();
        this.symbols = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
        this.words = Messages.load(QuantityFormat.class.getClassLoader(), BUNDLE, language);
    }

    /** Quantities in English: "1,082", "more than 9,000 direct jobs", "USD 18.55 bn". */
    public static QuantityFormat english() {
        return ENGLISH;
    }

    /**
     * The format for {@code locale}'s language, falling back to English where there is none yet
     * (as a {@link java.util.ResourceBundle} falls back to its base bundle).
     */
    public static QuantityFormat forLocale(Locale locale) {
        return forLanguage(Language.parse(locale.toLanguageTag()).orElse(Language.EN));
    }

    /**
     * The format for {@code language}: English as above; Chinese with the paper's 万 and 亿
     * ("185.5 亿美元", "约 7 万人", "超过 9,000 人") and dates as 2016年12月.
     */
    public static QuantityFormat forLanguage(Language language) {
        return language == Language.ZH ? CHINESE : ENGLISH;
    }

    public Language language() {
        return language;
    }

    /** Core's words in this format's language (qualifiers, units, the words of formulas). */
    public Messages words() {
        return words;
    }

    public Locale locale() {
        return locale;
    }

    // numbers for readers

    /** A value as the source reported it, thousands grouped and nothing rounded: "1,082", "18.55", "0.5". */
    public String reported(double value) {
        requireFinite(value);
        if (value == Math.rint(value) && Math.abs(value) < WHOLE_LIMIT) {
            return exactFormat(0).format((long) value);
        }
        BigDecimal digits = BigDecimal.valueOf(value).stripTrailingZeros();
        return exactFormat(Math.max(0, digits.scale())).format(digits);
    }

    /** A share in percent as reported: "72.72 %". */
    public String percent(double value) {
        return reported(value) + (chinese() ? "%" : " %");
    }

    /**
     * A value rounded half-even to at most {@code maxDecimals}, thousands grouped, as figures label
     * their data: "1,226.23" at two decimals; negative zero is "0".
     */
    public String rounded(double value, int maxDecimals) {
        requireFinite(value);
        return roundingFormat(maxDecimals).format(value == 0 ? 0.0 : value);
    }

    /** {@link #rounded(double, int)} with a unit label: "1,226.23 jobs/km²", "USD 18.55 bn". */
    public String rounded(double value, int maxDecimals, String unitLabel) {
        return withUnit(rounded(value, maxDecimals), unitLabel);
    }

    /**
     * A new format that writes like {@link #rounded(double, int)}, for a chart's axis and labels,
     * which take a {@link NumberFormat}. Formats are not thread-safe: each chart gets its own.
     */
    public NumberFormat numberFormat(int maxDecimals) {
        return new DecimalFormat(maxDecimals == 0 ? "#,##0" : "#,##0." + "#".repeat(maxDecimals), symbols);
    }

    /**
     * A computed value rounded for reading in a formula: five significant digits and never fewer
     * than one decimal's worth of the integer part ({@code 1226.2}, {@code 0.40872}), no grouping,
     * no exponent, so it can be retyped into a calculator.
     */
    public String result(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : String.valueOf(value);
        }
        int integerDigits = Math.max(1, (int) Math.floor(Math.log10(Math.abs(value))) + 1);
        int digits = Math.max(RESULT_DIGITS, integerDigits + 1);
        String text = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_UP))
                .stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    // plain numbers, for formulas, messages and data files

    /** A value as reported with every digit it has, no grouping and no exponent: "1082", "18.55", "0.0000001". */
    public String plain(double value) {
        requireFinite(value);
        return value == 0 ? "0" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * {@link #plain(double)} rounded half-even to {@code digits} significant digits, so that binary
     * noise from arithmetic (100 − 71.09 = 28.909999999999997) does not show: "28.91" at 12.
     */
    public String plainSignificant(double value, int digits) {
        requireFinite(value);
        if (value == 0) {
            return "0";
        }
        String text = BigDecimal.valueOf(value).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros()
                .toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    /** {@link #plain(double)} rounded half-up to at most {@code decimals}: "100.5", "99.99" at two. */
    public String plainDecimals(double value, int decimals) {
        requireFinite(value);
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A value with exactly {@code decimals} decimals, rounded half-up, no grouping, as a coordinate is written: "31.2304". */
    public String fixed(double value, int decimals) {
        return String.format(locale, "%." + decimals + "f", value);
    }

    // quantities

    /**
     * A number (already written) with its unit as a reader says it: {@code USD 18.55 bn},
     * {@code 7.34 km²}, {@code 1082 enterprises} (counts of people or things take {@code noun}
     * when there is one, other units their label).
     */
    public String quantity(String number, Unit unit, String noun) {
        if (chinese()) {
            return chineseQuantity(number, unit, noun);
        }
        if (unit.currency().isPresent()) {
            String[] parts = unit.label().split(" ", 2);
            return parts.length == 2 ? parts[0] + " " + number + " " + parts[1] : number + " " + unit.label();
        }
        if (counted(unit) && noun != null && !noun.isBlank()) {
            return number + " " + noun;
        }
        return unit.label().isEmpty() ? number : number + " " + unit.label();
    }

    /**
     * A number (already written) with a unit given by its label, as a figure's table names it:
     * "USD 18.55 bn", "72.72 %", "278 km²"; no label, or the word {@code count}, writes the number alone.
     */
    public String withUnit(String number, String unitLabel) {
        if (unitLabel == null || unitLabel.isBlank() || unitLabel.equals(Unit.COUNT.word())) {
            return number;
        }
        if (chinese()) {
            String label = unitLabel(unitLabel);
            return label.equals("%") ? number + "%" : number + " " + label;
        }
        Matcher m = MONEY_LABEL.matcher(unitLabel);
        if (m.matches()) {
            return m.group(1) + " " + number + " " + m.group(2);
        }
        return number + " " + unitLabel;
    }

    /** A reported value with its unit, without qualifier: "USD 18.55 bn", "278 km²", "1,082". */
    public String amount(double value, Unit unit) {
        return chinese() ? chineseFigure(value, unit, null, true) : quantity(reported(value), unit, null);
    }

    /** A reported value with its unit and the source's qualifier: "more than 9,000 persons"; a null qualifier is exact. */
    public String stated(double value, Unit unit, Qualifier qualifier) {
        return qualifierPrefix(qualifier) + amount(value, unit);
    }

    /**
     * A figure as its source states it, the one way Parkbench writes a qualified figure: the
     * qualifier before the number ("more than 9,000 persons", "about 70,000", "up to 40,000"), a
     * range as low–high with the unit once ("30,000–50,000 persons", "USD 1–2 bn"). {@code noun}
     * names what a count counts (null: the unit's label).
     */
    public String figure(double value, Double high, Unit unit, Qualifier qualifier, String noun) {
        if (chinese()) {
            if (qualifier == Qualifier.RANGE && high != null) {
                return chineseMagnitude(value, unit, false) + "–" + chineseFigure(high, unit, noun, false);
            }
            return qualifierPrefix(qualifier) + chineseFigure(value, unit, noun, true);
        }
        if (qualifier == Qualifier.RANGE && high != null) {
            return quantity(reported(value) + "–" + reported(high), unit, noun);
        }
        return qualifierPrefix(qualifier) + quantity(reported(value), unit, noun);
    }

    /**
     * An observation's figure with its qualifier and unit, a range written low–high:
     * "more than 9,000 persons", "about 70,000 persons", "up to 40,000 persons",
     * "30,000–50,000 persons", "USD 18.55 bn". What the figure is (a target, a plan) is not part of
     * it: the caller says so ("a target of up to 40,000 jobs"). The same as {@link #figure(Observation)}.
     */
    public String qualified(Observation observation) {
        return figure(observation);
    }

    /**
     * An observation as its source states it, with a target or plan labelled:
     * "more than 9,000 persons", "30,000–50,000 persons", "target: up to 40,000 persons",
     * "planned: USD 3 bn".
     */
    public String stated(Observation observation) {
        return kindPrefix(observation.kind()) + figure(observation.value(), observation.valueHigh(), observation.unit(),
                observation.qualifier(), null);
    }

    /**
     * An observation in running text, a count named by what it counts rather than its unit, a
     * target or plan labelled: "more than 9,000 direct jobs", "about 70,000 induced jobs",
     * "target: 30,000–50,000 jobs", "planned: USD 3 bn", "1,082 enterprises".
     */
    public String described(Observation observation) {
        return kindPrefix(observation.kind()) + figure(observation.value(), observation.valueHigh(), observation.unit(),
                observation.qualifier(), noun(observation.indicator()));
    }

    /** The figure of an observation without its kind label, as a chart's data label or a table cell with a kind column writes it. */
    public String figure(Observation observation) {
        return figure(observation.value(), observation.valueHigh(), observation.unit(), observation.qualifier(), null);
    }

    /** "target: " / "planned: " before a target or a plan; "" for an outcome (null: outcome). */
    public String kindPrefix(ObservationKind kind) {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case OUTCOME -> "";
            case TARGET -> words.text("quantity.kind-prefix.target");
            case PLAN -> words.text("quantity.kind-prefix.plan");
        };
    }

    /** A unit as a value of {@code indicator} is read: "direct jobs" for persons, "km²", "USD bn". */
    public String unitText(Unit unit, Indicator indicator) {
        String noun = noun(indicator);
        return counted(unit) && !noun.isEmpty() ? noun : unit.label(language);
    }

    /** What a count of this indicator counts, in running text; empty where the unit says it. */
    public String noun(Indicator indicator) {
        return switch (indicator) {
            case JOBS_DIRECT, JOBS_INDUCED, JOBS_TARGET, ENTERPRISES, EXPATRIATE_STAFF, RESIDENTS ->
                    words.text("quantity.noun." + indicator.word());
            default -> "";
        };
    }

    /** "more than " / "about " / "less than " / "" before a reported figure (null: exact). */
    public String qualifierPrefix(Qualifier qualifier) {
        return qualifier == null || qualifier == Qualifier.EXACT ? "" : qualifier.label(language) + " ";
    }

    /** The sign between a formula and its result: "=", "≈", "= more than", "= less than". */
    public String relation(Qualifier qualifier) {
        return switch (qualifier) {
            case EXACT -> "=";
            case ABOUT -> "≈";
            default -> "= " + qualifier.label(language);
        };
    }

    /**
     * A date as readers of the language write it: in English as the data writes it ("2016-12",
     * "2008-02-23", "2008"); in Chinese 2016年12月, 2008年2月23日, 2008年.
     */
    public String date(PartialDate date) {
        if (!chinese()) {
            return date.toString();
        }
        return switch (date.precision()) {
            case YEAR -> date.year() + "年";
            case MONTH -> date.year() + "年" + date.month() + "月";
            case DAY -> date.year() + "年" + date.month() + "月" + date.day() + "日";
        };
    }

    /**
     * A unit label written in the course's files or made by a derivation ("jobs/km²", "USD bn",
     * "% a year", "USD m per enterprise") in this language; in English as written. A label core's
     * bundle does not know is returned as written (key {@code unit-label.<label, spaces as _>}).
     */
    public String unitLabel(String label) {
        if (label == null || label.isBlank()) {
            return label;
        }
        String key = "unit-label." + label.strip().replace(' ', '_');
        if (words.has(key)) {
            return words.text(key);
        }
        for (Unit unit : Unit.values()) {
            if (chinese() && unit.label().equals(label.strip()) && !unit.label().isEmpty()) {
                return unit.label(language);
            }
        }
        return label;
    }

    private boolean chinese() {
        return language == Language.ZH;
    }

    /** A number already written, with the Chinese name of its unit: "18.55 十亿美元", "1,082 家企业", "72.72%". */
    private String chineseQuantity(String number, Unit unit, String noun) {
        if (unit == Unit.PERCENT) {
            return number + "%";
        }
        if (counted(unit) && noun != null && !noun.isBlank()) {
            return number + " " + unitLabel(noun);
        }
        String label = unit.label(language);
        return label.isEmpty() ? number : number + " " + label;
    }

    /**
     * A reported value in Chinese magnitudes with its unit: "185.5 亿美元", "7 万人", "9,000 人",
     * "1,082 家企业", "7.34 平方公里". {@code spaced}: a space between the number and its magnitude
     * ("7 万人"), as a single figure is written; the ends of a range are not spaced ("3万–5万人").
     */
    private String chineseFigure(double value, Unit unit, String noun, boolean spaced) {
        requireFinite(value);
        String number = chineseMagnitude(value, unit, spaced);
        String name;
        if (unit.currency().isPresent()) {
            name = words.text("quantity.currency." + unit.currency().get());
        } else if (unit == Unit.PERCENT) {
            return number + "%";
        } else if (counted(unit)) {
            name = noun != null && !noun.isBlank() ? unitLabel(noun) : unit.label(language);
            if (name.isEmpty()) {
                return number;
            }
        } else {
            return number + " " + unit.label(language);
        }
        boolean magnitude = number.endsWith("万") || number.endsWith("亿");
        return magnitude ? number + name : number + " " + name;
    }

    /**
     * The number of a money or count figure in 万 or 亿 where it reaches them ("185.5 亿",
     * "3,500 万", "7 万", "9,000"); other units' numbers as reported. Exact: no digit is lost.
     */
    private String chineseMagnitude(double value, Unit unit, boolean spaced) {
        if (!unit.currency().isPresent() && !counted(unit)) {
            return reported(value);
        }
        BigDecimal amount = BigDecimal.valueOf(value);
        if (unit.currency().isPresent()) {
            amount = amount.multiply(BigDecimal.valueOf(unit.factor())).multiply(BigDecimal.valueOf(1_000_000L));
        }
        String gap = spaced ? " " : "";
        BigDecimal size = amount.abs();
        if (size.compareTo(YI) >= 0) {
            return reportedDecimal(amount.divide(YI)) + gap + "亿";
        }
        if (size.compareTo(WAN) >= 0) {
            return reportedDecimal(amount.divide(WAN)) + gap + "万";
        }
        return reportedDecimal(amount);
    }

    private String reportedDecimal(BigDecimal value) {
        BigDecimal digits = value.stripTrailingZeros();
        return exactFormat(Math.max(0, digits.scale())).format(digits);
    }

    private static boolean counted(Unit unit) {
        return unit.dimension() == Dimension.COUNT || unit.dimension() == Dimension.PERSONS;
    }

    /** A format writing exactly {@code decimals} decimals: the digits are the source's, none are added or dropped. */
    private DecimalFormat exactFormat(int decimals) {
        return cached(exact, decimals, d -> new DecimalFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d), symbols));
    }

    private DecimalFormat roundingFormat(int maxDecimals) {
        return cached(rounding, maxDecimals, d -> (DecimalFormat) numberFormat(d));
    }

    private static DecimalFormat cached(ThreadLocal<DecimalFormat[]> cache, int decimals, IntFunction<DecimalFormat> make) {
        DecimalFormat[] formats = cache.get();
        if (decimals >= formats.length) {
            return make.apply(decimals);
        }
        if (formats[decimals] == null) {
            formats[decimals] = make.apply(decimals);
        }
        return formats[decimals];
    }

    private static void requireFinite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
    }
}
