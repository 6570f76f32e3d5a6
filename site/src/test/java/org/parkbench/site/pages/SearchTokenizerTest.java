package org.parkbench.site.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer of the index (Java) and of the query (the search page's script) give the same
 * tokens: both are run over the vectors of {@code search-tokens.json}.
 */
class SearchTokenizerTest {
    static JsonNode vectors() throws Exception {
        return new ObjectMapper().readTree(Files.readString(SearchNode.VECTORS));
    }

    static List<String> expected(JsonNode vector) {
        List<String> tokens = new ArrayList<>();
        vector.get("tokens").forEach(t -> tokens.add(t.asText()));
        return tokens;
    }

    @Test
    void javaGivesTheTokensOfEveryVector() throws Exception {
        JsonNode vectors = vectors();
        assertThat(vectors.size()).isGreaterThan(20);
        for (JsonNode v : vectors) {
            assertThat(SearchTokenizer.tokens(v.get("input").asText())).as(v.get("input").asText()).isEqualTo(expected(v));
        }
    }

    @Test
    void theSearchPagesScriptGivesTheTokensOfEveryVector() throws Exception {
        JsonNode vectors = vectors();
        JsonNode fromScript = SearchNode.run("tokens", SearchNode.SEARCH_JS.toString(), SearchNode.VECTORS.toString());
        assertThat(fromScript.size()).isEqualTo(vectors.size());
        for (int i = 0; i < vectors.size(); i++) {
            List<String> tokens = new ArrayList<>();
            fromScript.get(i).forEach(t -> tokens.add(t.asText()));
            assertThat(tokens).as(vectors.get(i).get("input").asText()).isEqualTo(expected(vectors.get(i)));
        }
    }

    @Test
    void everyGlossaryTermsPinyinFoldsToPlainLetters() {
        for (Glossary.Term t : Glossary.load().terms()) {
            assertThat(SearchTokenizer.tokens(t.pinyin())).as(t.pinyin()).allMatch(w -> w.matches("[a-z]+"));
        }
    }
}
