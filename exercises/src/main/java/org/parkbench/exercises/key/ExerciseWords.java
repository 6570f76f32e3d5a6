package org.parkbench.exercises.key;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.parkbench.core.language.Language;
import org.parkbench.core.language.Messages;
import org.parkbench.core.quantity.QuantityFormat;

/**
 * What the exercises module writes for readers in one language: its message bundle
 * ({@code parkbench/exercises/messages_<code>.properties}) and the language's {@link QuantityFormat}.
 * The words of core's vocabularies (qualifiers, what a figure is, what a count counts) are core's,
 * through {@code label(Language)} and the format; this bundle holds only the exercises' own
 * sentences. Safe to share.
 */
public final class ExerciseWords {
    /** The exercises module's bundle. */
    public static final String BUNDLE = "parkbench/exercises/messages";
    private static final Map<Language, ExerciseWords> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, new ExerciseWords(language));
        }
    }

    private final Language language;
    private final Messages messages;
    private final QuantityFormat numbers;

    private ExerciseWords(Language language) {
        this.language = language;
        this.messages = Messages.load(ExerciseWords.class.getClassLoader(), BUNDLE, language);
        this.numbers = QuantityFormat.forLanguage(language);
    }

    public static ExerciseWords of(Language language) {
        return BY_LANGUAGE.get(language);
    }

    public Language language() {
        return language;
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

    /** The message {@code key} with its arguments, already written (numbers by {@link #numbers()}). */
    public String format(String key, String... args) {
        return messages.format(key, args);
    }

    /**
     * Items joined as the language lists them: {@code pairKey} joins the last two ("a and b",
     * "a和b"), {@code moreKey} puts each earlier item before the rest ("a, b and c", "a、b和c").
     */
    public String list(String pairKey, String moreKey, List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        String joined = items.get(items.size() - 1);
        if (items.size() >= 2) {
            joined = format(pairKey, items.get(items.size() - 2), joined);
            for (int i = items.size() - 3; i >= 0; i--) {
                joined = format(moreKey, items.get(i), joined);
            }
        }
        return joined;
    }
}
