package org.parkbench.site.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The fonts a PDF is set in, each face's TrueType bytes read once and registered with every
 * renderer (openhtmltopdf subsets and embeds them; it cannot embed CFF-outline OpenType). The print
 * stylesheet names two families: {@value #TEXT}, the Latin text face, and {@value #CJK}, the Chinese
 * one, used for every character the first lacks. The shipped fonts are read from the class path
 * ({@value #SHIPPED}, listed in its {@code faces.txt}); a PDF never uses a font of the machine.
 */
public final class PdfFonts {
    /** The family of the Latin text faces in the print stylesheet. */
    public static final String TEXT = "Parkbench Print";
    /** The family of the Chinese face in the print stylesheet. */
    public static final String CJK = "Parkbench Print SC";
    /** Where the shipped fonts are on the class path. */
    public static final String SHIPPED = "parkbench/site/pdf-fonts/";

    /** One face: the stylesheet family it serves, its weight (400, 700), whether italic, its TrueType bytes. */
    public record Face(String family, int weight, boolean italic, byte[] bytes) {
        public Face {
            Objects.requireNonNull(family, "family");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    private final List<Face> faces;

    private PdfFonts(List<Face> faces) {
        if (faces.isEmpty()) {
            throw new IllegalArgumentException("a PDF needs at least one font");
        }
        this.faces = List.copyOf(faces);
    }

    /** These faces. */
    public static PdfFonts of(List<Face> faces) {
        return new PdfFonts(faces);
    }

    /**
     * The shipped fonts: each line of {@code faces.txt} beside them is {@code family-key weight style file}
     * ({@code text 400 normal X-Regular.ttf}, {@code cjk 400 normal Y.ttf}); {@code #} starts a comment.
     *
     * @throws MissingFontsException when the class path holds no shipped fonts, or not those its index names
     */
    public static PdfFonts shipped() {
        ClassLoader loader = PdfFonts.class.getClassLoader();
        String index;
        try (InputStream in = loader.getResourceAsStream(SHIPPED + "faces.txt")) {
            if (in == null) {
                throw new MissingFontsException("the PDF fonts are missing from the class path (" + SHIPPED + "faces.txt)");
            }
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Face> faces = new ArrayList<>();
        for (String line : index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            String[] f = line.split("\\s+");
            if (f.length != 4) {
                throw new IllegalStateException("faces.txt: not 'family weight style file': " + line);
            }
            String family = switch (f[0]) {
                case "text" -> TEXT;
                case "cjk" -> CJK;
                default -> throw new IllegalStateException("faces.txt: unknown family " + f[0] + " (text or cjk)");
            };
            try (InputStream in = open(loader, f[3])) {
                if (in == null) {
                    throw new MissingFontsException("the PDF fonts are missing: faces.txt names " + f[3] + ", which is not in " + SHIPPED);
                }
                faces.add(new Face(family, Integer.parseInt(f[1]), f[2].equals("italic"), in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new PdfFonts(faces);
    }

    /**
     * A shipped font file by its name, or null: read from {@code name}, or, where only
     * {@code name.gz} is shipped, unzipped from that. The Chinese face is kept gzipped (1.3 MB
     * instead of 2.2 MB) so that no file of the repository passes 2 MiB.
     */
    static InputStream open(ClassLoader loader, String name) throws IOException {
        InputStream in = loader.getResourceAsStream(SHIPPED + name);
        if (in != null) {
            return in;
        }
        InputStream gz = loader.getResourceAsStream(SHIPPED + name + ".gz");
        return gz == null ? null : new java.util.zip.GZIPInputStream(gz);
    }

    /** The shipped fonts are not on the class path: the application was built without them. */
    public static final class MissingFontsException extends RuntimeException {
        MissingFontsException(String message) {
            super(message);
        }
    }

    /**
     * Registers every face with {@code builder}, to be subset into the PDF, for the page and for SVG text;
     * and the regular faces once more, in a call of their own, as the last resort for a character or a
     * family no face serves (without one, a PDF/UA render stops; registered in the same call as the page's
     * use, the regular face would serve only as the last resort: decision 014).
     */
    void register(PdfRendererBuilder builder) {
        Set<BaseRendererBuilder.FSFontUseCase> page = EnumSet.of(BaseRendererBuilder.FSFontUseCase.DOCUMENT,
                BaseRendererBuilder.FSFontUseCase.SVG);
        for (Face face : faces) {
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), face.family(), face.weight(),
                    face.italic() ? BaseRendererBuilder.FontStyle.ITALIC : BaseRendererBuilder.FontStyle.NORMAL, true, page);
        }
        for (Face face : faces) {
            if (face.weight() == 400 && !face.italic()) {
                builder.useFont(() -> new ByteArrayInputStream(face.bytes()), face.family(), face.weight(),
                        BaseRendererBuilder.FontStyle.NORMAL, true, EnumSet.of(BaseRendererBuilder.FSFontUseCase.FALLBACK_FINAL));
            }
        }
    }
}
