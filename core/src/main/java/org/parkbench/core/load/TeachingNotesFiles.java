package org.parkbench.core.load;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.Citation;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.ResolvedCitation;
import org.parkbench.core.model.Source;
import org.parkbench.core.model.TeachingNotes;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;
import org.parkbench.core.validate.Severity;

/**
 * A case's teaching notes (docs/data-format.md): {@code teaching-notes.md}, optional, Markdown for
 * lecturers that the site shows only in its instructor profile, and its translations
 * {@code teaching-notes.<code>.md} beside it (docs/translating.md). Each is read within
 * {@link InputLimits} like every file of the case; the English notes' citations are checked as the
 * narrative's are (PB302, PB303, PB307), and a translation must cite exactly what the English notes
 * cite (PB701), so no note carries a figure the data does not hold.
 */
public final class TeachingNotesFiles {
    private TeachingNotesFiles() {
    }

    /** The file name of the teaching notes in {@code language}: {@code teaching-notes.md}, {@code teaching-notes.zh.md}. */
    public static String fileName(Language language) {
        return language == Language.EN ? "teaching-notes.md" : "teaching-notes." + language.code() + ".md";
    }

    /** The notes the case directory holds, by language, each checked; a file with errors is left out (and reported). */
    static Map<Language, TeachingNotes> read(CaseInput input, List<Observation> observations, boolean observationsComplete,
                                             Map<String, Source> sources, CaseReading reading) {
        Map<Language, TeachingNotes> notes = new EnumMap<>(Language.class);
        Diagnostics d = reading.diagnostics();
        String englishName = fileName(Language.EN);
        Optional<Read> english = file(input, Language.EN, d);
        english.ifPresent(e -> {
            List<ResolvedCitation> resolved = Citations.resolve(e.citations, observations, sources);
            int before = d.errorCount();
            CitationCheck.check(resolved, observations, observationsComplete, reading.parkIds(), reading.sourceKeys(), d);
            if (d.errorCount() == before && e.clean) {
                notes.put(Language.EN, new TeachingNotes(Language.EN, e.text, resolved, e.start));
            }
        });
        boolean englishPresent = TextFile.present(input.directory().resolve(englishName));
        for (Language language : Language.values()) {
            if (language == Language.EN) {
                continue;
            }
            Optional<Read> translated = file(input, language, d);
            if (translated.isEmpty()) {
                continue;
            }
            Read t = translated.get();
            if (!englishPresent) {
                d.report(t.start, DiagnosticCode.PB701, fileName(language) + " translates " + englishName
                                + ", which the case does not have",
                        "write " + englishName + " first: the notes are written in English and translated; see docs/translating.md");
                continue;
            }
            if (english.isEmpty()) {
                continue; // the English notes could not be read: already an error, nothing to compare with
            }
            int before = d.errorCount();
            CaseTranslations.sameCitations(english.get().citations, t.citations, englishName,
                    "the " + language.code() + " teaching notes leave out citations of " + englishName, t.start, d);
            if (d.errorCount() == before && t.clean) {
                notes.put(language, new TeachingNotes(language, t.text,
                        Citations.resolve(t.citations, observations, sources), t.start));
            }
        }
        return notes;
    }

    private record Read(String text, List<Citation> citations, Origin start, boolean clean) {
    }

    /** One notes file, if the directory has it: its text and citations, and whether reading them reported no error. */
    private static Optional<Read> file(CaseInput input, Language language, Diagnostics d) {
        String name = fileName(language);
        Path path = input.directory().resolve(name);
        if (!TextFile.present(path)) {
            return Optional.empty();
        }
        String display = input.displayFile(name);
        int before = d.errorCount();
        Optional<String> text = TextFile.read(path, display, d);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<Citation> citations = Citations.parse(text.get(), display, 1, d);
        return Optional.of(new Read(text.get(), citations, new Origin(display, 1, 1), d.errorCount() == before));
    }

    /**
     * PB702 for each case of {@code casebook} with English teaching notes and none in {@code language}:
     * its instructor page shows the English notes under a notice.
     */
    public static List<Diagnostic> untranslated(Casebook casebook, Language language) {
        if (language == Language.EN) {
            return List.of();
        }
        return casebook.cases().stream()
                .filter(c -> !c.hasTeachingNotesIn(language))
                .flatMap(c -> c.teachingNotes(Language.EN).stream().map(notes -> missing(c, notes, language)))
                .toList();
    }

    private static Diagnostic missing(CaseStudy c, TeachingNotes notes, Language language) {
        return new Diagnostic(notes.origin(), Severity.WARNING, DiagnosticCode.PB702, "case " + c.id() + " has teaching notes"
                + " but no " + language.englishName() + " translation of them (" + fileName(language) + ")",
                "the instructor page shows them in English under a notice; translate them as docs/translating.md says");
    }
}
