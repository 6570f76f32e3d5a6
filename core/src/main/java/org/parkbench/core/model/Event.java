package org.parkbench.core.model;

import java.util.Objects;
import org.parkbench.core.language.Language;

/**
 * A dated milestone in a park's life, with its source. {@code textZh} is the milestone in Chinese
 * ({@code event_zh} in events.csv), empty when nobody has written it yet.
 */
public record Event(String park, PartialDate date, String text, String source, String note, Origin origin, String textZh)
        implements Sourced {
    public Event(String park, PartialDate date, String text, String source, String note, Origin origin) {
        this(park, date, text, source, note, origin, "");
    }

    /** The milestone as a reader of {@code language} reads it: in Chinese where it is written, else as written. */
    public String text(Language language) {
        return language == Language.ZH && !textZh.isEmpty() ? textZh : text;
    }

    public Event {
        textZh = Objects.requireNonNullElse(textZh, "");
        Slug.require(park, "park id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("event text is empty");
        }
        Objects.requireNonNull(source, "source");
        note = Objects.requireNonNullElse(note, "");
        Objects.requireNonNull(origin, "origin");
    }
}
