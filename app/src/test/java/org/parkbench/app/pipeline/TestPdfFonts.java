package org.parkbench.app.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.parkbench.site.pdf.PdfFonts;

/**
 * TrueType fonts for the PDF tests until the shipped ones are on the class path: DejaVu Sans for
 * Latin text and Droid Sans Fallback (TrueType outlines) for Chinese, from Debian's
 * {@code fonts-dejavu-core} and {@code fonts-droid-fallback}; a test skips, saying so, without them.
 */
final class TestPdfFonts {
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");
    private static final Path DROID = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    private TestPdfFonts() {
    }

    static PdfFonts fonts() {
        Path regular = DEJAVU.resolve("DejaVuSans.ttf");
        Path bold = DEJAVU.resolve("DejaVuSans-Bold.ttf");
        Assumptions.assumeTrue(Files.isRegularFile(regular) && Files.isRegularFile(bold) && Files.isRegularFile(DROID),
                "needs fonts-dejavu-core and fonts-droid-fallback (apt-get install) for TrueType fonts");
        try {
            return PdfFonts.of(List.of(
                    new PdfFonts.Face(PdfFonts.TEXT, 400, false, Files.readAllBytes(regular)),
                    new PdfFonts.Face(PdfFonts.TEXT, 700, false, Files.readAllBytes(bold)),
                    new PdfFonts.Face(PdfFonts.CJK, 400, false, Files.readAllBytes(DROID))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
