package org.parkbench.site.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.parkbench.site.output.SiteFiles;

/**
 * Park pages are rendered straight to UTF-8. Whatever the text (Chinese names, emoji as surrogate
 * pairs split between two writes, stray surrogates, CRLF from a data file) and however Velocity
 * cuts it into writes, the bytes must be those of the text encoded as the rest of the site is.
 */
class Utf8BufferPropertyTest {
    @Property(tries = 3000)
    void writesTheBytesTheJdkWouldWrite(@ForAll("pieces") List<String> pieces, @ForAll("ways") List<Integer> ways) {
        Utf8Buffer out = new Utf8Buffer();
        StringBuilder whole = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            whole.append(piece);
            switch (ways.get(i % ways.size())) {
                case 0 -> out.write(piece);
                case 1 -> out.write(piece.toCharArray(), 0, piece.length());
                case 2 -> piece.chars().forEach(out::write);
                default -> {
                    String padded = "<<" + piece + ">>";
                    out.write(padded, 2, piece.length());
                }
            }
        }

        byte[] expected = SiteFiles.unixLines(whole.toString()).getBytes(StandardCharsets.UTF_8);

        assertThat(out.toBytes()).isEqualTo(expected);
    }

    @Provide
    Arbitrary<List<String>> pieces() {
        return Arbitraries.of("a", "<p>", "é", "苏州工业园区", "—", "\uD83D\uDE00", "\uD83D", "\uDE00", "\r\n", "\r", "\n", "ÿ", "߿", "ࠀ", "\uFFFF", "")
                .list().ofMaxSize(8).map(parts -> String.join("", parts))
                .list().ofMaxSize(10);
    }

    @Provide
    Arbitrary<List<Integer>> ways() {
        return Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(4);
    }
}
