package org.parkbench.markup;

import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A fragment of HTML that the generator vouches for: Markdown rendered and sanitised, or markup
 * built in Java from escaped parts. It is the only kind of value a template inserts unescaped; every
 * other value passes through {@link HtmlEscapingHandler}. Construct one only from markup you built
 * yourself or sanitised; {@link #text(String)} wraps escaped plain text.
 */
public record TrustedHtml(String html) {
    public static final TrustedHtml EMPTY = new TrustedHtml("");

    public TrustedHtml {
        Objects.requireNonNull(html, "html");
    }

    /** Plain text, escaped, as a fragment. */
    public static TrustedHtml text(String plain) {
        return new TrustedHtml(escape(plain));
    }

    /** Escapes text for HTML element content and quoted attribute values alike. */
    public static String escape(String plain) {
        if (plain == null || plain.isEmpty()) {
            return "";
        }
        int first = 0;
        while (first < plain.length() && !special(plain.charAt(first))) {
            first++;
        }
        if (first == plain.length()) {
            return plain; // most values have nothing to escape: no copy
        }
        StringBuilder out = new StringBuilder(plain.length() + 16).append(plain, 0, first);
        for (int i = first; i < plain.length(); i++) {
            char c = plain.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean special(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'';
    }

    /**
     * The same fragment without {@code id} attributes, for a text shown more than once on a page
     * (a heading's anchor id would repeat) or copied into another document (an exercise's variants,
     * its feedback, a learning platform's question bank).
     */
    public TrustedHtml withoutIds() {
        if (!html.contains(" id=")) {
            return this;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("[id]").removeAttr("id");
        doc.outputSettings().prettyPrint(false);
        return new TrustedHtml(doc.body().html());
    }

    public boolean isEmpty() {
        return html.isEmpty();
    }

    @Override
    public String toString() {
        return html;
    }
}
