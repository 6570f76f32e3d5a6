package org.parkbench.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A citable reference. Every fact names one by its key; a fact whose source does not resolve does
 * not load. {@code year} is kept as written ("2016", "2023/24", "c.2017"); {@code url} may be empty
 * for printed works.
 */
public record Source(String key, String authors, String title, String publisher, String year, String url,
                     String accessed, Confidence confidence, String note, Origin origin, String titleEn) {
    /** A source whose title needs no translation. */
    public Source(String key, String authors, String title, String publisher, String year, String url,
                  String accessed, Confidence confidence, String note, Origin origin) {
        this(key, authors, title, publisher, year, url, accessed, confidence, note, origin, "");
    }

    public Source {
        titleEn = Objects.requireNonNullElse(titleEn, "").strip();
        Slug.require(key, "source key");
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("source " + key + " has no title");
        }
        authors = Objects.requireNonNullElse(authors, "");
        publisher = Objects.requireNonNullElse(publisher, "");
        year = Objects.requireNonNullElse(year, "");
        url = Objects.requireNonNullElse(url, "");
        accessed = Objects.requireNonNullElse(accessed, "");
        note = Objects.requireNonNullElse(note, "");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * The course's English translation of a title in another language (sources.csv's optional
     * {@code title_en}), if there is one; the site shows it beside the title, marked as a translation.
     */
    public Optional<String> translatedTitle() {
        return titleEn.isEmpty() ? Optional.empty() : Optional.of(titleEn);
    }

    public Optional<String> link() {
        return url.isBlank() ? Optional.empty() : Optional.of(url);
    }
}
