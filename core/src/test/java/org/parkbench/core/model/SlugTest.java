package org.parkbench.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {
    @ParameterizedTest
    @ValueSource(strings = {"a", "suzhou", "suez-teda", "haier-ruba-2", "0", "a1-b2-c3"})
    void acceptsLowerCaseWordsJoinedBySingleHyphens(String id) {
        assertThat(Slug.isValid(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-a", "a-", "a--b", "Suzhou", "a_b", "a b", "a/b", "../etc", "a.b", "é", "a\nb"})
    void refusesAnythingElse(String id) {
        assertThat(Slug.isValid(id)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void refusesMoreThanSixtyFourCharacters() {
        assertThat(Slug.isValid("a".repeat(64))).isTrue();
        assertThat(Slug.isValid("a".repeat(65))).isFalse();
        assertThat(Slug.isValid(null)).isFalse();
    }
}
