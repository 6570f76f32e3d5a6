package org.parkbench.charts;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.parkbench.core.language.Language;
import org.parkbench.core.language.Messages;
import org.parkbench.core.model.Park;
import org.parkbench.core.model.PartialDate;
import org.parkbench.core.model.Vocabulary;
import org.parkbench.core.quantity.QuantityFormat;

/**
 * What a figure in one language is written with: charts' message bundle
 * ({@code parkbench/charts/messages_<code>.properties}), the language's {@link QuantityFormat},
 * core's labels for the vocabulary, and park names as the language writes them. Safe to share.
 */
public final class FigureText {
    /** The charts module's bundle. */
    public static final String BUNDLE = "parkbench/charts/messages";
    private static final Map<Language, FigureText> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, new FigureText(language));
        }
    }

    private final Language language;
    private final Messages messages;
    private final QuantityFormat numbers;

    private FigureText(Language language) {
        this.language = language;
        this.messages = Messages.load(FigureText.class.getClassLoader(), BUNDLE, language);
        this.numbers = HouseStyle.numbers(language);
    }

    public static FigureText of(Language language) {
        return BY_LANGUAGE.get(language);
    }

    public Language language() {
        return language;
    }

    public boolean chinese() {
        return language == Language.ZH;
    }

    public Messages messages() {
        return messages;
    }

    /** Numbers and quantities in this language. */
    public QuantityFormat numbers() {
        return numbers;
    }

    public String text(String key) {
        return messages.text(key);
    }

    /** The message {@code key} with its arguments filled in; numbers come already written by {@link #numbers()}. */
    public String format(String key, Object... args) {
        String[] texts = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return messages.format(key, texts);
    }

    /** {@code key + ".one"} for one, else {@code key + ".many"}, with the count as {0}. */
    public String count(String key, int n, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = n;
        System.arraycopy(more, 0, args, 1, more.length);
        return format(key + (n == 1 ? ".one" : ".many"), args);
    }

    /** A word's label for readers in this language (core's bundle). */
    public String label(Vocabulary word) {
        return language == Language.EN ? word.label() : word.label(language);
    }

    /** A park's name in this language: in Chinese its Chinese name where the data gives one, else the English name. */
    public String park(Park park) {
        return language == Language.ZH && park.nameZh() != null && !park.nameZh().isBlank() ? park.nameZh().strip() : park.nameEn();
    }

    /** A date as the language writes it: "2016-12" in English, "2016年12月" in Chinese. */
    public String date(PartialDate date) {
        return numbers.date(date);
    }

    /**
     * A unit label of the course's files or a table column ("USD bn", "jobs/km²", "count") as this
     * language writes it after a name: in English as given, in Chinese translated (a count: 个).
     */
    public String unitLabel(String unit) {
        if (language == Language.EN) {
            return unit;
        }
        return unit.equals("count") ? text("table.unit.count") : numbers.unitLabel(unit);
    }

    /** "Name (unit)", as axes and table headers write it; in Chinese "名称（单位）". */
    public String withUnit(String name, String unit) {
        return format("table.header", name, unitLabel(unit));
    }

    /** The text ending with the language's full stop. */
    public String sentence(String text) {
        String t = text.strip();
        String stop = text("punct.stop");
        return t.endsWith(stop) || t.endsWith(".") && stop.equals(".") ? t : t + stop;
    }

    /** Items of a list joined by the language's "; " (Chinese: "；"). */
    public String semicolons(List<String> items) {
        return String.join(text("punct.semicolon"), items);
    }

    /** Items of a list joined by the language's ", " (Chinese: "、" for a list of names). */
    public String commas(List<String> items) {
        return String.join(text("punct.comma"), items);
    }

    /** "(text)" with the language's brackets, a space before in English: " (text)", Chinese "（text）". */
    public String bracket(String text) {
        return format("punct.bracket", text);
    }
}
