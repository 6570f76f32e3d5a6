package org.parkbench.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {
    static final Path ROOT = Path.of("/srv/site");

    @Test
    void mapsPagesAndFoldersInsideTheSite() {
        assertThat(RequestPath.resolve(ROOT, "/")).contains(ROOT.resolve("index.html"));
        assertThat(RequestPath.resolve(ROOT, "/cases/suez-teda.html")).contains(ROOT.resolve("cases/suez-teda.html"));
        assertThat(RequestPath.resolve(ROOT, "/cases/")).contains(ROOT.resolve("cases/index.html"));
        assertThat(RequestPath.resolve(ROOT, "/data/a%20b.csv")).contains(ROOT.resolve("data/a b.csv"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../etc/passwd", "/cases/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E%2Fetc%2Fpasswd",
            "/cases/%2e%2e/%2e%2e/secret", "/%252e%252e/etc", "/..%5c..%5cwindows", "/a/./b", "//etc/passwd",
            "/a%00.html", "/%c0%ae%c0%ae/etc", "/%", "/%zz", "relative.html", "/caf\u00e9.html"})
    void refusesEveryWayOutOfTheSite(String raw) {
        assertThat(RequestPath.resolve(ROOT, raw)).as(raw).isEmpty();
    }
}
