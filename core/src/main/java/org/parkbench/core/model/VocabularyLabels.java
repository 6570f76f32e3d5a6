package org.parkbench.core.model;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.parkbench.core.language.Language;
import org.parkbench.core.language.Messages;

/** Core's message bundle, read once per language, and the key of a vocabulary word in it. */
final class VocabularyLabels {
    static final String BUNDLE = "parkbench/core/messages";
    private static final Map<Language, Messages> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, Messages.load(VocabularyLabels.class.getClassLoader(), BUNDLE, language));
        }
    }

    private VocabularyLabels() {
    }

    static Messages of(Language language) {
        return BY_LANGUAGE.get(language);
    }

    /** {@code vocab.<type>.<word>}: the type is the vocabulary's class name in lower-case words. */
    static String key(Vocabulary word) {
        Class<?> type = word instanceof Enum<?> e ? e.getDeclaringClass() : word.getClass();
        String kebab = type.getSimpleName().replaceAll("(?<!^)([A-Z])", "-$1").toLowerCase(Locale.ROOT);
        return "vocab." + kebab + "." + word.word();
    }
}
