package org.parkbench.site.pages;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The words of a text as the search index keeps them and the search page looks them up. The same
 * rules are written a second time in {@code assets/search.js} ({@code tokenize}), for the query;
 * {@code search-tokens.json} in the tests holds inputs and their tokens, which both must produce.
 *
 * <ol>
 * <li>NFKC (full-width letters and digits become ASCII, {@code ²} becomes {@code 2}), then lower
 * case, then the marks that decompose off a letter are dropped (NFD, without {@code Mn}, NFC), so
 * pinyin's tone marks fold to plain letters: {@code zǒuchūqù} is {@code zouchuqu}.</li>
 * <li>A run of letters and decimal digits outside the CJK scripts is one token ({@code km2},
 * {@code sihanoukville}); anything else separates.</li>
 * <li>A run of Han, Hiragana, Katakana or Hangul characters gives each character and each pair
 * of neighbours ({@code 泰达苏} gives 泰, 泰达, 达, 达苏, 苏): no dictionary is needed, and a query of
 * two or more characters is matched by its pairs.</li>
 * </ol>
 */
public final class SearchTokenizer {
    private SearchTokenizer() {
    }

    /** The tokens of {@code text} in the order they occur, repeats kept. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        tokens(text, out::add);
        return out;
    }

    /**
     * Each token of {@code text}, in order, to {@code sink}. The text is taken a piece between ASCII
     * spaces at a time, which gives the tokens of the whole (no normalization or case mapping
     * reaches across a space) at a fraction of the cost: a piece of ASCII only, most of an English
     * page, needs no normalization at all.
     */
    public static void tokens(String text, Consumer<String> sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean ascii = true;
            while (i < n && !isSpace(text.charAt(i))) {
                ascii &= text.charAt(i) < 0x80;
                i++;
            }
            if (start == i) {
                continue;
            }
            if (ascii) {
                asciiTokens(text, start, i, sink);
            } else {
                scan(normalize(text.substring(start, i)), sink);
            }
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** The tokens of {@code text[from, to)}, all ASCII: runs of letters and digits, lower-cased. */
    private static void asciiTokens(String text, int from, int to, Consumer<String> sink) {
        int i = from;
        while (i < to) {
            while (i < to && !isAsciiLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean upper = false;
            while (i < to && isAsciiLetterOrDigit(text.charAt(i))) {
                upper |= text.charAt(i) <= 'Z' && text.charAt(i) >= 'A';
                i++;
            }
            if (i > start) {
                String word = text.substring(start, i);
                sink.accept(upper ? word.toLowerCase(Locale.ROOT) : word);
            }
        }
    }

    /** The tokens of normalized text. */
    private static void scan(String s, Consumer<String> sink) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (isCjk(cp)) {
                int start = i;
                int previous = -1;
                while (i < n && isCjk(cp = s.codePointAt(i))) {
                    int width = Character.charCount(cp);
                    sink.accept(s.substring(i, i + width));
                    if (previous >= 0) {
                        // the pair is emitted after its second character, as the script does
                        sink.accept(s.substring(previous, i + width));
                    }
                    previous = i;
                    i += width;
                }
                if (i == start) {
                    i++;
                }
            } else if (Character.isLetterOrDigit(cp)) {
                int start = i;
                while (i < n && !isCjk(cp = s.codePointAt(i)) && Character.isLetterOrDigit(cp)) {
                    i += Character.charCount(cp);
                }
                sink.accept(s.substring(start, i));
            } else {
                i += Character.charCount(cp);
            }
        }
    }

    /** NFKC, lower case, marks folded off their letters. Text of ASCII only is just lower-cased. */
    static String normalize(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        if (ascii) {
            return text.toLowerCase(Locale.ROOT);
        }
        String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    static boolean isCjk(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
