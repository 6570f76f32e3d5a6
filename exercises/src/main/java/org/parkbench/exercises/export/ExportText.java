package org.parkbench.exercises.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.Citations;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Citation;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.ResolvedCitation;
import org.parkbench.core.model.Source;
import org.parkbench.core.quantity.QuantityFormat;
import org.parkbench.exercises.model.Exercise;
import org.parkbench.markup.MarkdownRenderer;
import org.parkbench.markup.TrustedHtml;

/**
 * The Markdown texts of an exercise (body, feedback, solution, model answer) as every export
 * carries them: rendered and sanitised by the site's own {@link MarkdownRenderer}, so that an
 * export holds only the markup the site shows (raw HTML as text, no scripts, images, styles or
 * event attributes, no link but http, https and relative ones), without heading ids. Citations are
 * written out as plain words, since a learning platform cannot look them up: an observation
 * becomes its figure ("more than 9,000 direct jobs"), a source its author and year. They are
 * written in the exercise's language, a figure by that language's {@link QuantityFormat} as the
 * site writes it ("超过 9,000 个直接就业岗位"); a source's author, which the data has in English
 * only, is marked {@code lang="en"} in a text of another language, as the site marks it. A citation the
 * data cannot resolve stays as written (the loader has already reported it). Texts the site shows
 * as plain text (titles, choice labels) are escaped with {@link TrustedHtml#escape(String)}, never
 * rendered.
 */
final class ExportText {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    /** A name in brackets inside another: "(国际商报)". */
    private static final Pattern BRACKETED = Pattern.compile("[(（][^()（）]*[)）]");

    private final Casebook casebook;

    ExportText(Casebook casebook) {
        this.casebook = casebook;
    }

    /** {@code markdown} of {@code exercise} (a text of it, or one made from them) as sanitised HTML, its citations in words. */
    TrustedHtml html(String markdown, Exercise exercise) {
        if (markdown.isBlank()) {
            return TrustedHtml.EMPTY;
        }
        return MARKDOWN.render(markdown, citations(markdown, exercise.caseId(), exercise.header().language())).withoutIds();
    }

    private List<MarkdownRenderer.Insert> citations(String text, String caseId, Language language) {
        CaseStudy c = casebook.caseStudy(caseId).orElse(null);
        if (c == null) {
            return List.of();
        }
        List<MarkdownRenderer.Insert> inserts = new ArrayList<>();
        for (ResolvedCitation citation : Citations.resolve(Citations.find(text), c)) {
            inserts.add(new MarkdownRenderer.Insert(citation.citation().start(), citation.citation().end(), words(citation, language)));
        }
        return inserts;
    }

    /** A cited figure as running text writes it: qualifier, value, noun; the sentence says whether it is a target or a plan. */
    private static String cited(Observation o, QuantityFormat format) {
        return format.figure(o.value(), o.valueHigh(), o.unit(), o.qualifier(), format.noun(o.indicator()));
    }

    private static TrustedHtml words(ResolvedCitation citation, Language language) {
        if (citation.citation() instanceof Citation.ObservationCitation) {
            return TrustedHtml.text(citation.observations().size() == 1
                    ? cited(citation.observations().get(0), QuantityFormat.forLanguage(language)) : citation.text());
        }
        return citation.source().map(s -> source(s, language)).orElse(TrustedHtml.text(citation.text()));
    }

    /** "(publisher, year)": the data names its sources in English, so in another language the words are marked English. */
    private static TrustedHtml source(Source s, Language language) {
        String who = !s.publisher().isBlank() ? s.publisher() : !s.authors().isBlank() ? s.authors() : s.title();
        TrustedHtml text = TrustedHtml.text("(" + who + ", " + s.year() + ")");
        return language == Language.EN || !latin(who) ? text : new TrustedHtml("<span lang=\"en\">" + text.html() + "</span>");
    }

    /**
     * Whether a name is written in the Latin script: Latin letters, and Chinese only in brackets
     * ("International Business Daily (国际商报)"), as the site decides what to mark English; a source
     * may be named in Chinese.
     */
    private static boolean latin(String name) {
        String outside = BRACKETED.matcher(name).replaceAll(" ");
        return outside.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                && outside.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
