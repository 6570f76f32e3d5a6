package org.parkbench.core.language;

import java.util.List;

/**
 * Plain-text columns for a terminal, in any language: cells padded to their column's width, two
 * spaces between columns, where a Chinese character (or a full-width sign, ，。：（）) takes two
 * columns of a terminal and every other character one, so that a Chinese table lines up as an
 * English one does.
 */
public final class TextColumns {
    private TextColumns() {
    }

    /** The lines of {@code rows}, each cell padded to its column's widest cell, each line ending in a newline. */
    public static String align(List<? extends List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                out.append(cell);
                if (i + 1 < row.size()) {
                    out.append(" ".repeat(widths[i] - width(cell) + 2));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** How many columns of a terminal {@code text} takes: two for each wide character, one for every other. */
    public static int width(String text) {
        return text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
    }

    /** Whether a terminal draws {@code codePoint} two columns wide: CJK ideographs, kana, hangul, CJK signs and full-width forms. */
    static boolean wide(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
            return true;
        }
        return (codePoint >= 0x3000 && codePoint <= 0x303F) // CJK symbols and punctuation: 、。「」
                || (codePoint >= 0xFF01 && codePoint <= 0xFF60) // full-width forms: ，：（）
                || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6);
    }
}
