package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordSuggestionTest {
    private static final List<String> MODELS = List.of("government-driven", "company-led", "private-led");

    @Test
    void aSmallTypoFindsTheWord() {
        assertThat(WordSuggestion.closest("privat-led", MODELS)).contains("private-led");
        assertThat(WordSuggestion.closest("compnay-led", MODELS)).contains("company-led");
    }

    @Test
    void caseUnderscoresAndSpacesDoNotCount() {
        assertThat(WordSuggestion.closest("Private_Led", MODELS)).contains("private-led");
        assertThat(WordSuggestion.closest("government driven", MODELS)).contains("government-driven");
    }

    @Test
    void aPartOfTheWordFindsIt() {
        assertThat(WordSuggestion.closest("private", MODELS)).contains("private-led");
    }

    @Test
    void aWordFarFromAllGetsNoGuess() {
        assertThat(WordSuggestion.closest("state", MODELS)).isEmpty();
        assertThat(WordSuggestion.closest("", MODELS)).isEmpty();
        assertThat(WordSuggestion.didYouMean("xyz", MODELS)).isEmpty();
    }
}
