package org.parkbench.core.model;

import java.util.List;
import java.util.Objects;
import org.parkbench.core.language.Language;

/**
 * A case's notes for lecturers in one language: {@code teaching-notes.md} beside {@code case.md},
 * or its translation {@code teaching-notes.<code>.md} (e.g. {@code teaching-notes.zh.md}). Markdown
 * that cites the case's facts and sources as its narrative does ({@code {{obs:…}}}, {@code {{src:…}}}),
 * with the citations resolved against the case's rows; a translation cites exactly what the English
 * notes cite. {@code origin} is the file's first line, where a diagnostic about the notes points.
 */
public record TeachingNotes(Language language, String text, List<ResolvedCitation> citations, Origin origin) {
    public TeachingNotes {
        Objects.requireNonNull(language, "language");
        text = Objects.requireNonNullElse(text, "");
        citations = List.copyOf(citations);
        Objects.requireNonNull(origin, "origin");
    }
}
