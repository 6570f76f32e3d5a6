package org.parkbench.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.parkbench.core.language.Language;

/**
 * A closed word list used in data files (model, sector, actor kind, status, unit…). Each constant
 * has the exact word a contributor writes in a CSV cell or front matter, and a label for readers.
 */
public interface Vocabulary {
    /** The word written in data files, e.g. {@code private-led}. */
    String word();

    /** The label shown to readers in English, e.g. "Private-enterprise-led". */
    String label();

    /**
     * The label shown to readers in {@code language}, from core's message bundle
     * ({@code parkbench/core/messages}, key {@code vocab.<type>.<word>}, e.g.
     * {@code vocab.development-model.private-led} → 民营企业建设型).
     */
    default String label(Language language) {
        return VocabularyLabels.of(language).text(VocabularyLabels.key(this));
    }

    static <E extends Enum<E> & Vocabulary> Optional<E> lookup(Class<E> type, String word) {
        if (word == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(type.cast(VocabularyIndex.BY_WORD.get(type).get(word.strip())));
    }

    static <E extends Enum<E> & Vocabulary> List<String> words(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Vocabulary::word).toList();
    }
}
