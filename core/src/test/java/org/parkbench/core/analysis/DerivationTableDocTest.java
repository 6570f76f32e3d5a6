package org.parkbench.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/exercise-format.md lists every derivation and its parameters exactly as the catalogue has them. */
class DerivationTableDocTest {
    private static final String BEGIN = "<!-- derivations:begin (generated from DerivationCatalog; DerivationTableDocTest prints it) -->\n";
    private static final String END = "<!-- derivations:end -->";

    @Test
    void theExerciseFormatsDerivationTableIsTheCatalogues() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "exercise-format.md"), StandardCharsets.UTF_8).replace("\r\n", "\n");
        String table = DerivationCatalog.standard().markdownTable();
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertThat(begin).as("docs/exercise-format.md lacks the marker line " + BEGIN).isNotNegative();
        assertThat(end).isGreaterThan(begin);
        assertThat(doc.substring(begin + BEGIN.length(), end))
                .as("docs/exercise-format.md's derivation table differs from the catalogue; paste this between the markers:%n%s", table)
                .isEqualTo(table);
    }

    @Test
    void theTableHasARowPerDerivationWithItsParameters() {
        DerivationCatalog catalog = DerivationCatalog.standard();
        String table = catalog.markdownTable();
        for (String name : catalog.names()) {
            assertThat(table).contains("| `" + name + "` |");
            catalog.parameters(name).forEach(p -> assertThat(table).contains("`" + p + "`"));
        }
    }
}
