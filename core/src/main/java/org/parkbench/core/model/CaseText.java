package org.parkbench.core.model;

import java.util.List;
import java.util.Objects;
import org.parkbench.core.language.Language;

/**
 * What a reader reads of a case in one language other than the one it was written in, from
 * {@code case.<code>.md} (e.g. {@code case.zh.md}): its title, subtitle, the text of each learning
 * objective (same ids as the original), the discussion questions, and the narrative with its
 * citations resolved against the case's own rows. The facts are the case's: a translation cites
 * them, it never holds a number of its own.
 */
public record CaseText(Language language, String title, String subtitle, List<Objective> objectives,
                       List<String> discussionQuestions, String narrative, List<ResolvedCitation> citations) {
    public CaseText {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        subtitle = Objects.requireNonNullElse(subtitle, "");
        objectives = List.copyOf(objectives);
        discussionQuestions = List.copyOf(discussionQuestions);
        narrative = Objects.requireNonNullElse(narrative, "");
        citations = List.copyOf(citations);
    }
}
