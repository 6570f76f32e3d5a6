package org.parkbench.core.model;

import java.util.List;
import java.util.Objects;

/**
 * The front matter of a case's {@code case.md}: what the case is, which parks it covers, the model
 * its authors declare, what students should learn from it and what they should discuss.
 */
public record CaseMeta(String id, String title, String subtitle, List<String> parks, DevelopmentModel declaredModel,
                       List<Objective> objectives, List<String> discussionQuestions, int readingMinutes,
                       CaseStatus status, Origin origin) {
    public CaseMeta {
        Slug.require(id, "case id");
        Objects.requireNonNull(title, "title");
        subtitle = Objects.requireNonNullElse(subtitle, "");
        parks = List.copyOf(parks);
        objectives = List.copyOf(objectives);
        discussionQuestions = List.copyOf(discussionQuestions);
        if (readingMinutes < 0) {
            throw new IllegalArgumentException("reading minutes must not be negative");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(origin, "origin");
    }
}
