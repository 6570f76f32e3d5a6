package org.parkbench.site.course;


import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.Slug;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.DiagnosticCode;

/**
 * A course as a lecturer describes it in a course file: who teaches it, when and in which language,
 * and which cases students read in which order, grouped into sessions with readings. A course may
 * also name case data directories outside the repository (data-only cases).
 *
 * @param id              a slug naming the course in students' answer files, in the hash that picks their
 *                        variants and in their browser's stored progress (see docs/course-file.md)
 * @param language        a BCP 47 tag for the site's {@code lang} attribute, e.g. {@code en}
 * @param stampBuildDate  whether pages show the date they were built (off by default, so that two
 *                        builds of the same input are byte-identical)
 * @param caseDirectories data-only case directories, resolved against the course file's folder, each
 *                        with where the course file names it
 */
public record Course(String id, String title, String subtitle, String institution, String term, String lecturer,
                     String language, boolean stampBuildDate, List<Session> sessions,
                     List<CaseDirectory> caseDirectories, Origin origin, List<Language> languages,
                     Map<Language, Wording> wordings) {
    /** A course in one language, with no wording of its own in another. */
    public Course(String id, String title, String subtitle, String institution, String term, String lecturer,
                  String language, boolean stampBuildDate, List<Session> sessions, List<CaseDirectory> caseDirectories,
                  Origin origin) {
        this(id, title, subtitle, institution, term, lecturer, language, stampBuildDate, sessions, caseDirectories, origin,
                List.of(), Map.of());
    }

    public Course {
        Slug.require(id, "course id");
        Objects.requireNonNull(title, "title");
        subtitle = Objects.requireNonNullElse(subtitle, "");
        institution = Objects.requireNonNullElse(institution, "");
        term = Objects.requireNonNullElse(term, "");
        lecturer = Objects.requireNonNullElse(lecturer, "");
        language = language == null || language.isBlank() ? "en" : language;
        sessions = List.copyOf(sessions);
        caseDirectories = List.copyOf(caseDirectories);
        Objects.requireNonNull(origin, "origin");
        languages = List.copyOf(languages);
        wordings = Map.copyOf(wordings);
    }

    /**
     * What the course file says of itself in a language other than its own ({@code title_zh},
     * {@code subtitle_zh}, a session's {@code title_zh}): empty texts where it says nothing, and the
     * course's own wording is then shown.
     */
    public record Wording(String title, String subtitle, List<String> sessionTitles) {
        public Wording {
            title = Objects.requireNonNullElse(title, "");
            subtitle = Objects.requireNonNullElse(subtitle, "");
            sessionTitles = List.copyOf(sessionTitles);
        }
    }

    /**
     * The languages the site is built in: those of {@code languages} in the course file, else the
     * one of {@code language}. With two, the site has a folder for each ({@code en/}, {@code zh/})
     * and a page at its root that offers both.
     */
    public List<Language> siteLanguages() {
        return languages.isEmpty() ? List.of(readerLanguage()) : languages;
    }

    /** The same course built in {@code built} (e.g. {@code [en, zh]}). */
    public Course withLanguages(List<Language> built) {
        return new Course(id, title, subtitle, institution, term, lecturer, built.isEmpty() ? language : built.get(0).code(),
                stampBuildDate, sessions, caseDirectories, origin, built, wordings);
    }

    /** The course as a reader of {@code reading} sees it: its title, subtitle and session titles in that language where given. */
    public Course in(Language reading) {
        Wording w = wordings.get(reading);
        String lang = reading == readerLanguage() ? language : reading.code();
        if (w == null) {
            return new Course(id, title, subtitle, institution, term, lecturer, lang, stampBuildDate, sessions, caseDirectories,
                    origin, languages, wordings);
        }
        List<Session> worded = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            Session s = sessions.get(i);
            String t = i < w.sessionTitles().size() && !w.sessionTitles().get(i).isEmpty() ? w.sessionTitles().get(i) : s.title();
            worded.add(new Session(t, s.when(), s.cases(), s.readings(), s.teachingNotes(), s.origin()));
        }
        return new Course(id, w.title().isEmpty() ? title : w.title(), w.subtitle().isEmpty() ? subtitle : w.subtitle(),
                institution, term, lecturer, lang, stampBuildDate, worded, caseDirectories, origin, languages, wordings);
    }

    /** A data-only case directory named under {@code case_directories}, with where the course file names it. */
    public record CaseDirectory(Path path, Origin origin) {
        public CaseDirectory {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(origin, "origin");
        }
    }

    /** A case named by a session, with where the course file names it. */
    public record CaseRef(String id, Origin origin) {
        public CaseRef {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(origin, "origin");
        }
    }

    /** A reading set for a session: free text, and a link where there is one. */
    public record Reading(String text, String url) {
        public Reading {
            Objects.requireNonNull(text, "text");
            url = Objects.requireNonNullElse(url, "");
        }
    }

    /**
     * One week or session of the course. {@code teachingNotes} is Markdown for the instructor
     * profile only; the student site never contains it.
     */
    public record Session(String title, String when, List<CaseRef> cases, List<Reading> readings,
                          String teachingNotes, Origin origin) {
        public Session {
            Objects.requireNonNull(title, "title");
            when = Objects.requireNonNullElse(when, "");
            cases = List.copyOf(cases);
            readings = List.copyOf(readings);
            teachingNotes = Objects.requireNonNullElse(teachingNotes, "");
            Objects.requireNonNull(origin, "origin");
        }

        public List<String> caseIds() {
            return cases.stream().map(CaseRef::id).toList();
        }
    }

    /**
     * The course id a title gives when the course file names none: lower-case ASCII letters and
     * digits joined by hyphens, accents dropped, at most 64 characters ({@code course} if nothing
     * is left).
     */
    public static String idFromTitle(String title) {
        String ascii = java.text.Normalizer.normalize(title == null ? "" : title, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 64) {
            slug = slug.substring(0, 64);
            int cut = slug.lastIndexOf('-');
            slug = cut > 0 ? slug.substring(0, cut) : slug;
        }
        slug = slug.replaceAll("-+$", "");
        return slug.isEmpty() ? "course" : slug;
    }

    /**
     * The course file as a command that must read the same course names it ({@code --course FILE}): the path
     * as it was given when relative ({@code docs/examples/course.yml}, with forward slashes), only the file's name
     * when absolute (a page never shows a folder of the machine that built it); empty for a course no file
     * describes (the shipped default course, whose origin has no line).
     */
    public String commandPath() {
        if (origin.line() == 0 || origin.file().isBlank()) {
            return "";
        }
        String file = origin.file().replace('\\', '/');
        boolean absolute = file.startsWith("/") || file.matches("^[A-Za-z]:/.*");
        return absolute ? file.substring(file.lastIndexOf('/') + 1) : file;
    }

    /** Every case the course uses, in the order students meet them first. */
    public List<String> caseIds() {
        Set<String> ids = new LinkedHashSet<>();
        sessions.forEach(s -> ids.addAll(s.caseIds()));
        return List.copyOf(ids);
    }

    /** Where the course file first names a case, if it does. */
    public Optional<Origin> mention(String caseId) {
        return sessions.stream().flatMap(s -> s.cases().stream()).filter(c -> c.id().equals(caseId)).map(CaseRef::origin)
                .findFirst();
    }

    /** The session that first uses a case. */
    public Optional<Session> sessionOf(String caseId) {
        return sessions.stream().filter(s -> s.caseIds().contains(caseId)).findFirst();
    }

    /**
     * A PB305 error for every case the course names that is not among {@code available} (the
     * shipped cases plus the course's data-only directories), at the line and column that names it.
     */
    public List<Diagnostic> checkCases(Collection<String> available) {
        List<Diagnostic> problems = new ArrayList<>();
        for (Session s : sessions) {
            for (CaseRef ref : s.cases()) {
                if (!available.contains(ref.id())) {
                    problems.add(Diagnostic.of(ref.origin(), DiagnosticCode.PB305,
                            "the course names case '" + ref.id() + "', which is not among the available cases",
                            "available: " + String.join(", ", available.stream().sorted().toList())
                                    + "; or add its data directory under case_directories"));
                }
            }
        }
        return problems;
    }

    /**
     * The language the course is read in, from {@code language} (English when the tag names no
     * language Parkbench has bundles for).
     */
    public Language readerLanguage() {
        return Language.parse(language).orElse(Language.EN);
    }
}
