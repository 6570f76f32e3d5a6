package org.parkbench.core.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.parkbench.core.model.Origin;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;

/**
 * Reads a case file as UTF-8 text. A leading byte-order mark is dropped; bytes that are not UTF-8
 * are reported (PB104) at the line and column where they start, instead of being replaced silently.
 */
final class TextFile {
    private static final char BOM = '\uFEFF';

    private TextFile() {
    }

    /** The file's text, or empty after reporting why it cannot be read. */
    static Optional<String> read(Path path, String displayPath, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            diagnostics.report(new Origin(displayPath, 1, 1), DiagnosticCode.PB104,
                    "cannot read the file: " + describe(e), "check that it is a readable file");
            return Optional.empty();
        }
        String quick = new String(bytes, StandardCharsets.UTF_8);
        if (quick.indexOf('\uFFFD') < 0) {
            // valid UTF-8 (a malformed byte would have become U+FFFD): the JDK's fast decoder suffices
            return Optional.of(!quick.isEmpty() && quick.charAt(0) == BOM ? quick.substring(1) : quick);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        String text = out.toString();
        boolean bom = !text.isEmpty() && text.charAt(0) == BOM;
        if (bom) {
            text = text.substring(1);
        }
        if (result.isError()) {
            Origin at = new TextPositions(text, displayPath).origin(text.length());
            diagnostics.report(at, DiagnosticCode.PB104,
                    String.format("byte 0x%02X at offset %d is not valid UTF-8", bytes[in.position()] & 0xFF, in.position()),
                    "save the file as UTF-8 (most editors offer it under 'Save with encoding')");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
