package org.parkbench.site.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StyleTextTest {
    @Test
    void commentsAndLayoutGoWhatCssNeedsStays() {
        String css = """
                /* the header */
                .site-header > nav a:hover,
                li :first-child {
                  color: var(--ink);   /* dark */
                  font-family: "Segoe UI", serif;
                }
                @media (max-width: 40rem) { .a { margin: 0 auto; } }
                .pluses li::marker { content: "+  "; }
                """;
        assertThat(StyleText.compact(css)).isEqualTo(".site-header>nav a:hover,li :first-child{color:var(--ink);font-family:\"Segoe UI\",serif;}"
                + "@media (max-width:40rem){.a{margin:0 auto;}}.pluses li::marker{content:\"+  \";}\n");
    }
}
