package org.parkbench.site.output;

/**
 * A stylesheet as the site ships it: without comments, and with whitespace only where CSS needs it,
 * so that the pages' budget (100 KB with every stylesheet and script a page loads; decision 005)
 * pays for rules, not for the notes and layout written for contributors. Text in quotes is kept as it
 * is; outside quotes a run of whitespace becomes one space, and that space goes next to
 * {@code { } ; , >} and after {@code :} (never before a colon, which in a selector starts a
 * pseudo-class: {@code li :first-child} is not {@code li:first-child}). The browser tests run what it
 * writes.
 */
public final class StyleText {
    private static final String TIGHT = "{};,>";

    private StyleText() {
    }

    public static String compact(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int n = css.length();
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < n && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 1;
                space = true;
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                char before = out.charAt(out.length() - 1);
                if (TIGHT.indexOf(before) < 0 && before != ':' && TIGHT.indexOf(c) < 0) {
                    out.append(' ');
                }
            }
            space = false;
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && css.charAt(end) != c) {
                    end += css.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end, n - 1);
                out.append(css, i, end + 1);
                i = end;
                continue;
            }
            out.append(c);
        }
        return out.append('\n').toString();
    }
}
