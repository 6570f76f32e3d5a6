package org.parkbench.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.parkbench.core.model.CaseStudy;

/**
 * Whatever a file of a case holds, loading answers with diagnostics, never with an exception, and
 * gives a case exactly when no diagnostic is an error.
 */
class UnreadableInputPropertyTest {
    @Property(tries = 100)
    void anyFileContentGivesDiagnosticsNotExceptions(@ForAll("files") String file, @ForAll("contents") String content)
            throws IOException {
        Path parent = Files.createTempDirectory("parkbench-garbage");
        try {
            FixtureCase c = FixtureCase.copy(parent).write(file, content);
            Loaded<CaseStudy> loaded = c.load();
            assertThat(loaded.value() == null).isEqualTo(loaded.hasErrors());
            assertThat(loaded.diagnostics()).allSatisfy(d -> assertThat(d.origin().line()).isPositive());
        } finally {
            try (Stream<Path> all = Files.walk(parent)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Provide
    Arbitrary<String> files() {
        return Arbitraries.of("case.md", "sources.csv", "parks.csv", "actors.csv", "observations.csv", "events.csv",
                "statistics.csv", "zones.csv");
    }

    @Provide
    Arbitrary<String> contents() {
        Arbitrary<String> noise = Arbitraries.strings().withChars("abc-,;\"'\n\r#:{}[]|!&*?%@`0123456789 \t\uFEFF北")
                .ofMaxLength(200);
        Arbitrary<String> headed = noise.map(n -> "park,indicator,value,unit,qualifier,as_of,source,note\n" + n);
        Arbitrary<String> fronted = noise.map(n -> "---\n" + n + "\n---\n{{obs:" + n.length() + "}}");
        return Arbitraries.oneOf(noise, headed, fronted);
    }
}
