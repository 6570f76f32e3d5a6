package org.parkbench.core.model;

import java.util.HashMap;
import java.util.Map;

/** Each vocabulary's constants by their word, built once per vocabulary (a lookup runs for every cell). */
final class VocabularyIndex {
    static final ClassValue<Map<String, Object>> BY_WORD = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byWord = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byWord.putIfAbsent(((Vocabulary) constant).word(), constant);
            }
            return Map.copyOf(byWord);
        }
    };

    private VocabularyIndex() {
    }
}
