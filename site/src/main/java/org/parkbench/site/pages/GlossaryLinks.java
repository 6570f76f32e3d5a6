package org.parkbench.site.pages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.parkbench.core.language.Language;
import org.parkbench.markup.TrustedHtml;
import org.parkbench.site.output.SitePaths;

/**
 * Links the first use of each glossary term in a case's narrative to its entry on the glossary page,
 * so a reader who meets "host country" or 境外经贸合作区 for the first time is one tap from its
 * definition. A term is found as the page's language writes it: in English as a whole word, in any
 * case, with its plural and its abbreviation in brackets ("Ministry of Commerce (MOFCOM)" is found
 * as "Ministry of Commerce" and as "MOFCOM"); in Chinese as its characters. Headings, links,
 * citations and code are left alone, and each term is linked once per narrative.
 */
final class GlossaryLinks {
    private static final Pattern BRACKETED = Pattern.compile("\\s*[(（]([^()（）]+)[)）]\\s*$");
    private static final Set<String> SKIP = Set.of("a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "sup", "dfn", "abbr");

    private record Form(Glossary.Term term, Pattern pattern) {
    }

    private final List<Form> forms;
    private final String glossaryHref;

    GlossaryLinks(List<Glossary.Term> terms, Language language, String root) {
        List<Form> all = new ArrayList<>();
        for (Glossary.Term term : terms) {
            for (String written : writings(term, language)) {
                all.add(new Form(term, pattern(written, language)));
            }
        }
        this.forms = List.copyOf(all);
        this.glossaryHref = root + SitePaths.GLOSSARY + "#";
    }

    /** The ways a page in {@code language} writes the term: the name, without its bracketed abbreviation, and the abbreviation. */
    static Set<String> writings(Glossary.Term term, Language language) {
        String name = language == Language.ZH ? term.chinese() : term.english();
        Set<String> out = new LinkedHashSet<>();
        Matcher m = BRACKETED.matcher(name);
        if (m.find()) {
            out.add(name.substring(0, m.start()).strip());
            out.add(m.group(1).strip());
        } else {
            out.add(name.strip());
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    private static Pattern pattern(String written, Language language) {
        if (language == Language.ZH) {
            return Pattern.compile(Pattern.quote(written));
        }
        String plural = written.endsWith("y") ? Pattern.quote(written.substring(0, written.length() - 1)) + "(?:y|ies)"
                : Pattern.quote(written) + "(?:s|es)?";
        boolean abbreviation = written.equals(written.toUpperCase(java.util.Locale.ROOT));
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + (abbreviation ? Pattern.quote(written) : plural) + "(?![\\p{L}\\p{N}])",
                abbreviation ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** {@code narrative} with the first use of each term linked. */
    TrustedHtml link(TrustedHtml narrative) {
        Document doc = Jsoup.parseBodyFragment(narrative.html());
        doc.outputSettings().prettyPrint(false);
        Set<Glossary.Term> linked = new java.util.HashSet<>();
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
    private TextNode linkFirst(TextNode text, Set<Glossary.Term> linked) {
        String s = text.getWholeText();
        Form best = null;
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (Form f : forms) {
            if (linked.contains(f.term())) {
                continue;
            }
            Matcher m = f.pattern().matcher(s);
            if (m.find() && (m.start() < start || m.start() == start && m.end() > end)) {
                best = f;
                start = m.start();
                end = m.end();
            }
        }
        if (best == null) {
            return null;
        }
        linked.add(best.term());
        // jsoup splits only inside a text: a term at the very start or end of it needs no split there
        TextNode after = start == 0 ? text : text.splitText(start);
        TextNode remainder = end == s.length() ? null : after.splitText(end - start);
        Element a = new Element("a").attr("href", glossaryHref + best.term().anchor()).addClass("glossary-term");
        after.before(a);
        a.appendChild(after);
        return remainder;
    }
}
