package org.parkbench.site.pages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parkbench.core.language.Language;
import org.parkbench.markup.FirstUseLinks;
import org.parkbench.markup.TrustedHtml;
import org.parkbench.site.output.SitePaths;

/**
 * Links the first use of each glossary term in a case's narrative to its entry on the glossary page,
 * so a reader who meets "host country" or 境外经贸合作区 for the first time is one tap from its
 * definition. A term is found as the page's language writes it: in English as a whole word, in any
 * case, with its plural and its abbreviation in brackets ("Ministry of Commerce (MOFCOM)" is found
 * as "Ministry of Commerce" and as "MOFCOM"); in Chinese as its characters. The linking itself
 * (headings, links, citations and code left alone; each term once) is markup's {@link FirstUseLinks}.
 */
final class GlossaryLinks {
    private static final Pattern BRACKETED = Pattern.compile("\\s*[(（]([^()（）]+)[)）]\\s*$");

    private final FirstUseLinks links;

    GlossaryLinks(List<Glossary.Term> terms, Language language, String root) {
        List<FirstUseLinks.Term> all = new ArrayList<>();
        for (Glossary.Term term : terms) {
            for (String written : writings(term, language)) {
                all.add(new FirstUseLinks.Term(term.anchor(), pattern(written, language), root + SitePaths.GLOSSARY + "#" + term.anchor()));
            }
        }
        this.links = new FirstUseLinks(all, "glossary-term");
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
        return links.link(narrative);
    }
}
