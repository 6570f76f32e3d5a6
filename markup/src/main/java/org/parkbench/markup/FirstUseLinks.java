package org.parkbench.markup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Links the first use of each of a set of terms in rendered HTML: the earliest match in reading order
 * (at one place, the longest), once per term. Headings, links, citations ({@code .cite}), code and
 * abbreviations are left alone, and the text around a link is kept as it was. The HTML given is
 * already trusted (rendered by {@link MarkdownRenderer}); a link adds only an {@code href} the caller
 * makes and a class.
 */
public final class FirstUseLinks {
    private static final Set<String> SKIP = Set.of("a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "sup", "dfn", "abbr");

    /** A term: {@code key} names it (one link per key), {@code pattern} finds it, {@code href} is where it links. */
    public record Term(String key, Pattern pattern, String href) {
        public Term {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(href, "href");
        }
    }

    private final List<Term> terms;
    private final String linkClass;

    public FirstUseLinks(List<Term> terms, String linkClass) {
        this.terms = List.copyOf(terms);
        this.linkClass = linkClass;
    }

    /** {@code html} with the first use of each term linked. */
    public TrustedHtml link(TrustedHtml html) {
        Document doc = Jsoup.parseBodyFragment(html.html());
        doc.outputSettings().prettyPrint(false);
        Set<String> linked = new HashSet<>();
        List<TextNode> texts = new ArrayList<>();
        collect(doc.body(), texts);
        for (TextNode text : texts) {
            TextNode rest = text;
            while (rest != null) {
                rest = linkFirst(rest, linked);
            }
        }
        return new TrustedHtml(doc.body().html());
    }

    private static void collect(Element element, List<TextNode> out) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                out.add(t);
            } else if (child instanceof Element e && !SKIP.contains(e.normalName()) && !e.hasClass("cite")) {
                collect(e, out);
            }
        }
    }

    /** Links the earliest (then longest) term not yet linked in {@code text}; the text after it, or null when none is left. */
    private TextNode linkFirst(TextNode text, Set<String> linked) {
        String s = text.getWholeText();
        Term best = null;
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (Term t : terms) {
            if (linked.contains(t.key())) {
                continue;
            }
            Matcher m = t.pattern().matcher(s);
            if (m.find() && m.end() > m.start() && (m.start() < start || m.start() == start && m.end() > end)) {
                best = t;
                start = m.start();
                end = m.end();
            }
        }
        if (best == null) {
            return null;
        }
        linked.add(best.key());
        // jsoup splits only inside a text: a term at the very start or end of it needs no split there
        TextNode after = start == 0 ? text : text.splitText(start);
        TextNode remainder = end == s.length() ? null : after.splitText(end - start);
        Element a = new Element("a").attr("href", best.href()).addClass(linkClass);
        after.before(a);
        a.appendChild(after);
        return remainder;
    }
}
