package org.parkbench.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.parkbench.core.model.Origin;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;

/**
 * Reads a file a user wrote as UTF-8 text, within {@link InputLimits}: a file larger than its
 * limit is refused from its size (PB105) before it is read, and never more than the limit is read
 * should it grow meanwhile; a file that cannot be read says why (PB109: a folder, a symbolic link
 * that loops or points nowhere, no permission). A leading byte-order mark is dropped; bytes that
 * are not UTF-8 are reported (PB104) at the line and column where they start, instead of being
 * replaced silently. Control characters (U+0000–U+001F but tab, line feed and carriage return, and
 * U+007F) are PB211 and the non-characters U+FFFE and U+FFFF PB212, each at its line and column:
 * no text field may hold one, since the figures and pages made from it would not be well-formed
 * XML. Such a character is reported and replaced by U+FFFD in the text returned, so that the rest
 * of the file is still read and checked (the file has an error, so nothing is built from it).
 */
public final class TextFile {
    private static final char BOM = '\uFEFF';
    private static final char REPLACEMENT = '\uFFFD';

    private TextFile() {
    }

    /**
     * The text of a Markdown or YAML file ({@code case.md}, an exercise, teaching notes, a course
     * file), or empty after reporting why it cannot be used; the file must exist.
     *
     * @param displayPath how diagnostics name the file
     */
    public static Optional<String> read(Path path, String displayPath, Diagnostics diagnostics) {
        return read(path, displayPath, InputLimits.TEXT_FILE_BYTES, "a Markdown or YAML file", diagnostics);
    }

    /**
     * Whether there is something at {@code path}, a symbolic link that leads nowhere included: then
     * it is reported as unreadable rather than as missing.
     */
    public static boolean present(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The file's text, or empty after reporting why it cannot be read.
     *
     * @param limit the most bytes the file may have
     * @param kind  how the limit's message names the kind of file, e.g. "a CSV file"
     */
    static Optional<String> read(Path path, String displayPath, long limit, String kind, Diagnostics diagnostics) {
        Origin start = new Origin(displayPath, 1, 1);
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                diagnostics.report(start, DiagnosticCode.PB109, "cannot read the file: it is a folder",
                        "a case's data files are plain files");
                return Optional.empty();
            }
            long size = Files.size(path);
            if (size > limit) {
                tooLarge(start, size, limit, kind, diagnostics);
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) limit + 1);
            }
            if (bytes.length > limit) {
                tooLarge(start, -1, limit, kind, diagnostics);
                return Optional.empty();
            }
        } catch (IOException e) {
            diagnostics.report(start, DiagnosticCode.PB109, "cannot read the file: " + describe(path, e),
                    "check that it is a readable file");
            return Optional.empty();
        }
        return decode(bytes, displayPath, diagnostics).map(text -> checkCharacters(text, displayPath, diagnostics));
    }

    /** @param size the file's size, or -1 when it is only known to be over the limit */
    private static void tooLarge(Origin start, long size, long limit, String kind, Diagnostics diagnostics) {
        String limitText = InputLimits.bytes(limit) + " (" + InputLimits.count(limit) + " bytes)";
        diagnostics.report(start, DiagnosticCode.PB105, (size >= 0 ? "the file has " + InputLimits.count(size)
                        + " bytes, over the limit of " + limitText : "the file has more than " + limitText + ", the limit")
                        + " for " + kind + "; it was not read",
                "split the data (a case per region or per hundred parks, say) or shorten long texts;"
                        + " CONTRIBUTING.md ('Limits') lists every limit");
    }

    /** Why {@code path} could not be read, in words: a link that loops or leads nowhere is said to be one. */
    public static String describe(Path path, IOException e) {
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (e instanceof NoSuchFileException && Files.isSymbolicLink(path)) {
            return "it is a symbolic link to something that does not exist";
        }
        if (reason != null && reason.toLowerCase(Locale.ROOT).contains("symbolic link")) {
            // ELOOP: the JDK adds "or unable to access attributes of symbolic link" to the system's words
            return "a symbolic link on its path loops (too many levels of symbolic links)";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it does not exist";
        }
        return reason == null ? e.getClass().getSimpleName() : reason;
    }

    private static Optional<String> decode(byte[] bytes, String displayPath, Diagnostics diagnostics) {
        String quick = new String(bytes, StandardCharsets.UTF_8);
        if (quick.indexOf(REPLACEMENT) < 0) {
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

    /**
     * {@code text}, each control character and non-character reported and replaced by U+FFFD; the
     * first {@link InputLimits#CHARACTERS_LISTED} are listed one by one, the rest counted.
     */
    static String checkCharacters(String text, String displayPath, Diagnostics diagnostics) {
        int first = firstBad(text, 0);
        if (first < 0) {
            return text;
        }
        TextPositions positions = new TextPositions(text, displayPath);
        char[] chars = text.toCharArray();
        int listed = 0;
        int more = 0;
        int firstUnlisted = -1;
        for (int i = first; i >= 0; i = firstBad(text, i + 1)) {
            if (listed < InputLimits.CHARACTERS_LISTED) {
                report(positions.origin(i), chars[i], diagnostics);
                listed++;
            } else {
                firstUnlisted = firstUnlisted < 0 ? i : firstUnlisted;
                more++;
            }
            chars[i] = REPLACEMENT;
        }
        if (more > 0) {
            diagnostics.report(positions.origin(firstUnlisted), DiagnosticCode.PB211, InputLimits.count(more)
                            + " more control characters or non-characters from here on, not listed one by one",
                    "remove them (an editor that shows invisible characters helps); tabs and line ends are fine");
        }
        return new String(chars);
    }

    private static void report(Origin at, char c, Diagnostics diagnostics) {
        String code = String.format(Locale.ROOT, "U+%04X", (int) c);
        if (c == '\uFFFE' || c == '\uFFFF') {
            diagnostics.report(at, DiagnosticCode.PB212, code + " is not a character",
                    "remove it; it is not text, and the pages and figures made from it would not be well-formed XML");
        } else {
            diagnostics.report(at, DiagnosticCode.PB211, "control character " + code + " in the text",
                    "remove it: it is invisible, and the pages and figures made from it would not be well-formed XML;"
                            + " tabs and line ends are fine");
        }
    }

    /** The offset of the first control character or non-character at or after {@code from}, or -1. */
    static int firstBad(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (bad(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether no text may hold {@code c}: a control character but tab, LF and CR, DEL, or U+FFFE/U+FFFF. */
    static boolean bad(int c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c == 0x7F || c == 0xFFFE || c == 0xFFFF;
    }
}
