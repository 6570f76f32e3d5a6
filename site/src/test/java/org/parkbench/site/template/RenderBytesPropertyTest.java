package org.parkbench.site.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.parkbench.markup.TrustedHtml;
import org.parkbench.site.output.SiteFiles;

/**
 * Park pages are rendered straight to UTF-8 ({@link Templates#renderBytes}). Whatever the text
 * (Chinese names, emoji, stray surrogates, CRLF from a data file) and however a template cuts it
 * into writes, the bytes must be those of the text encoded as the rest of the site is: UTF-8 with
 * LF line ends, the same text {@link Templates#render} gives.
 */
class RenderBytesPropertyTest {
    private static final String TEMPLATE = "test/pieces.vm";
    private static final Templates TEMPLATES = new Templates(templateRoot());

    private static Path templateRoot() {
        try {
            Path root = Files.createTempDirectory("parkbench-templates");
            Path file = root.resolve(Templates.ROOT + TEMPLATE);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "#foreach($piece in $pieces)$piece#end");
            // deleted at exit in the reverse order of registration: the file, then its folders
            Path relative = root.relativize(file);
            root.toFile().deleteOnExit();
            for (int i = 1; i <= relative.getNameCount(); i++) {
                root.resolve(relative.subpath(0, i)).toFile().deleteOnExit();
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 1000)
    void writesTheBytesTheRestOfTheSiteHas(@ForAll("pieces") List<String> pieces) {
        Map<String, Object> model = Map.of("pieces", pieces.stream().map(TrustedHtml::new).toList());
        String whole = String.join("", pieces);

        assertThat(TEMPLATES.render(TEMPLATE, model)).isEqualTo(whole);
        assertThat(TEMPLATES.renderBytes(TEMPLATE, model)).isEqualTo(SiteFiles.unixLines(whole).getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<List<String>> pieces() {
        return Arbitraries.of("a", "<p>", "é", "苏州工业园区", "—", "\uD83D\uDE00", "\uD83D", "\uDE00", "\r\n", "\r", "\n", "ÿ", "߿", "ࠀ", "\uFFFF", "")
                .list().ofMaxSize(8).map(parts -> String.join("", parts))
                .list().ofMaxSize(10);
    }
}
