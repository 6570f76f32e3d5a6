package org.parkbench.site.template;

import java.io.Writer;
import java.util.Arrays;

/**
 * A writer that keeps what it is given as UTF-8 bytes, for a page that goes straight to a file:
 * the text is encoded once, as it arrives, instead of being gathered in a string (which turns to
 * UTF-16 at the first character outside Latin-1, a Chinese name, and is copied again on the way
 * out) and encoded afterwards. The bytes are those {@code String.getBytes(UTF_8)} gives for the
 * same text, an unpaired surrogate included ({@code ?}). One page, one thread.
 */
final class Utf8Buffer extends Writer {
    private byte[] bytes = new byte[16384];
    private int size;
    private char[] chars = new char[1024];
    /** A high surrogate that ended the last write, waiting for its low half. */
    private char pending;
    /** Whether a carriage return was written (then CRLF line ends are made LF, as in every file of the site). */
    private boolean carriageReturn;

    @Override
    public void write(char[] text, int offset, int length) {
        encode(text, offset, length);
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void write(String text, int offset, int length) {
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        text.getChars(offset, offset + length, chars, 0);
        encode(chars, 0, length);
    }

    @Override
    public void write(int c) {
        chars[0] = (char) c;
        encode(chars, 0, 1);
    }

    private void encode(char[] text, int offset, int length) {
        if (bytes.length - size < length * 3 + 4) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length * 3 + 4));
        }
        byte[] out = bytes;
        int at = size;
        int end = offset + length;
        int i = offset;
        if (pending != 0 && i < end) {
            at = surrogate(out, at, pending, text[i]);
            if (Character.isLowSurrogate(text[i])) {
                i++;
            }
            pending = 0;
        }
        for (; i < end; i++) {
            char c = text[i];
            if (c < 0x80) {
                out[at++] = (byte) c;
                carriageReturn |= c == '\r';
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | (c >> 6));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == end) {
                    pending = c; // its low half may come with the next write
                } else {
                    at = surrogate(out, at, c, text[i + 1]);
                    if (Character.isLowSurrogate(text[i + 1])) {
                        i++;
                    }
                }
            } else if (Character.isLowSurrogate(c)) {
                out[at++] = '?';
            } else {
                out[at++] = (byte) (0xE0 | (c >> 12));
                out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        size = at;
    }

    /** Writes the pair {@code high}, {@code next}; a high surrogate without its low half is {@code ?}. */
    private static int surrogate(byte[] out, int at, char high, char next) {
        if (!Character.isLowSurrogate(next)) {
            out[at++] = '?';
            return at;
        }
        int cp = Character.toCodePoint(high, next);
        out[at++] = (byte) (0xF0 | (cp >> 18));
        out[at++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        out[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[at++] = (byte) (0x80 | (cp & 0x3F));
        return at;
    }

    /**
     * The text written so far as UTF-8 with LF line ends (a high surrogate still waiting for its
     * low half is {@code ?}).
     */
    byte[] toBytes() {
        if (pending != 0) {
            if (bytes.length == size) {
                bytes = Arrays.copyOf(bytes, size + 1);
            }
            bytes[size++] = '?';
            pending = 0;
        }
        if (!carriageReturn) {
            return Arrays.copyOf(bytes, size);
        }
        byte[] unix = new byte[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (!(bytes[i] == '\r' && i + 1 < size && bytes[i + 1] == '\n')) {
                unix[n++] = bytes[i];
            }
        }
        return Arrays.copyOf(unix, n);
    }

    @Override
    public void flush() {
        // nothing is held elsewhere
    }

    @Override
    public void close() {
        // nothing to release
    }
}
