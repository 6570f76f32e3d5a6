package org.parkbench.site.course;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.TextFile;
import org.parkbench.core.load.YamlFields;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.Slug;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a course file: a small YAML document a lecturer writes (see {@code docs/course-file.md}).
 * The YAML is read by core's {@link YamlFields}, as case and exercise front matter are: only
 * composed into a node tree, never constructed into objects, so no tag in the file can
 * instantiate anything; every node keeps its line and column, and every problem is reported at
 * once, with the same code as in any other YAML file, as a diagnostic with {@code file:line:column}.
 */
public final class CourseLoader {
    /** The id of the shipped default course (in answer files, variants and stored progress). */
    public static final String DEFAULT_ID = "belt-and-road-parks";
    static final String DEFAULT_TITLE = "China's Overseas Industrial Parks along the Belt and Road";
    static final String DEFAULT_SUBTITLE = "How parks abroad are developed: three models and the cases that show them";
    static final String DEFAULT_TITLE_ZH = "“一带一路”沿线的中国境外产业园区";
    static final String DEFAULT_SUBTITLE_ZH = "境外园区怎样建设：三种模式及其案例";
    private static final List<String> COURSE_FIELDS = List.of("id", "title", "subtitle", "institution", "term", "lecturer",
            "language", "languages", "title_zh", "subtitle_zh", "build_date", "case_directories", "sessions");
    private static final List<String> SESSION_FIELDS = List.of("title", "title_zh", "when", "cases", "readings", "teaching_notes");
    private static final List<String> READING_FIELDS = List.of("text", "url");

    private final Diagnostics problems = new Diagnostics();
    /** Each session's {@code title_zh}, in order ("" where a session has none). */
    private final List<String> sessionTitlesZh = new ArrayList<>();
    private final YamlFields yaml;

    private CourseLoader(String file) {
        this.yaml = new YamlFields(file, 1, problems);
    }

    /**
     * Loads and checks a course file. Case ids are checked to be slugs here; whether they exist is
     * checked against the loaded cases with {@link Course#checkCases}.
     *
     * @throws InvalidCourseException with every problem found
     */
    public static Course load(Path path) throws InvalidCourseException {
        CourseLoader loader = new CourseLoader(path.toString());
        if (!TextFile.present(path)) {
            throw loader.fail(new Origin(path.toString(), 1, 1), DiagnosticCode.PB100, "course file not found",
                    "check the path given to --course");
        }
        // read as every file a user writes is (core's TextFile): within the size limit, UTF-8, no control characters
        Optional<String> text = TextFile.read(path, path.toString(), loader.problems);
        if (text.isEmpty()) {
            throw new InvalidCourseException(loader.problems.sorted());
        }
        Optional<MappingNode> root = loader.yaml.document(text.get(), "a course file", "start from docs/course-file.md");
        Course course = root.map(mapping -> loader.course(mapping, path.toAbsolutePath().getParent())).orElse(null);
        if (loader.problems.size() > 0) {
            throw new InvalidCourseException(loader.problems.sorted());
        }
        return course;
    }

    /** The shipped default course: every case, one session each, in the order given. */
    public static Course defaultCourse(List<String> caseIds) {
        Origin origin = new Origin("(default course)", 0, 0);
        List<Course.Session> sessions = new ArrayList<>();
        for (String id : caseIds) {
            sessions.add(new Course.Session("", "", List.of(new Course.CaseRef(id, origin)), List.of(), "", origin));
        }
        return bilingualDefault(sessions, sessions.stream().map(x -> "").toList(), origin);
    }

    /**
     * The shipped default course over loaded cases: cases that declare no model (the overview) come
     * first as "The big picture", then one session per development model, in the paper's order,
     * each holding the cases that declare it (by id within a session).
     */
    public static Course defaultCourse(Casebook casebook) {
        Origin origin = new Origin("(default course)", 0, 0);
        List<Course.Session> sessions = new ArrayList<>();
        List<CaseStudy> general = casebook.cases().stream().filter(c -> c.meta().declaredModel() == null)
                .sorted(Comparator.comparing(CaseStudy::id)).toList();
        List<String> chinese = new ArrayList<>();
        if (!general.isEmpty()) {
            sessions.add(session("The big picture", general, origin));
            chinese.add("总体图景");
        }
        for (DevelopmentModel model : DevelopmentModel.values()) {
            List<CaseStudy> cases = casebook.cases().stream().filter(c -> c.meta().declaredModel() == model)
                    .sorted(Comparator.comparing(CaseStudy::id)).toList();
            if (!cases.isEmpty()) {
                sessions.add(session(model.label() + " parks", cases, origin));
                chinese.add(model.label(Language.ZH) + "园区");
            }
        }
        return bilingualDefault(sessions, chinese, origin);
    }

    /**
     * The shipped default course, with its wording in Chinese; built in English unless given
     * languages ({@link Course#withLanguages}), as {@code ./parkbench build} does with both.
     */
    private static Course bilingualDefault(List<Course.Session> sessions, List<String> chineseSessionTitles, Origin origin) {
        return new Course(DEFAULT_ID, DEFAULT_TITLE, DEFAULT_SUBTITLE, "", "", "", "en", false, sessions, List.of(), origin,
                List.of(),
                Map.of(Language.ZH, new Course.Wording(DEFAULT_TITLE_ZH, DEFAULT_SUBTITLE_ZH, chineseSessionTitles)));
    }

    private static Course.Session session(String title, List<CaseStudy> cases, Origin origin) {
        return new Course.Session(title, "", cases.stream().map(c -> new Course.CaseRef(c.id(), origin)).toList(),
                List.of(), "", origin);
    }

    private Course course(MappingNode node, Path base) {
        Origin start = yaml.at(node);
        Map<String, Node> fields = yaml.fields(node, COURSE_FIELDS, "course");
        String title = yaml.text(fields, "title", true, start);
        List<Course.CaseDirectory> dirs = new ArrayList<>();
        List<YamlFields.Located> given = yaml.texts(fields, "case_directories", "directories", false, start);
        for (YamlFields.Located d : given == null ? List.<YamlFields.Located>of() : given) {
            try {
                dirs.add(new Course.CaseDirectory(base.resolve(d.value()).normalize(), d.origin()));
            } catch (InvalidPathException e) {
                problems.report(d.origin(), DiagnosticCode.PB402, "'" + d.value() + "' is not a usable path", "");
            }
        }
        List<Course.Session> sessions = new ArrayList<>();
        // read as optional, since an absent list and an empty one are the same problem: a course needs a session
        List<Node> sessionNodes = yaml.list(fields, "sessions", "sessions", false, start);
        if (sessionNodes != null && sessionNodes.isEmpty()) {
            problems.report(fields.containsKey("sessions") ? yaml.at(fields.get("sessions")) : start, DiagnosticCode.PB402,
                    "the course has no sessions", "add sessions: with a list of sessions, each with a title and the cases it covers");
        }
        for (Node s : sessionNodes == null ? List.<Node>of() : sessionNodes) {
            Course.Session session = session(s);
            if (session != null) {
                sessions.add(session);
            }
        }
        boolean stamp = yaml.bool(fields, "build_date").orElse(false);
        String id = text(fields, "id", start);
        if (id.isEmpty()) {
            id = Course.idFromTitle(title);
        } else if (!Slug.isValid(id)) {
            problems.report(yaml.at(fields.get("id")), DiagnosticCode.PB306, "course id '" + id + "' is not a slug",
                    "lower-case letters, digits and single hyphens, at most 64 characters, e.g. belt-and-road-parks-2027");
            id = Course.idFromTitle(title);
        }
        String language = text(fields, "language", start);
        List<Language> languages = languages(fields, language, start);
        String titleZh = text(fields, "title_zh", start);
        String subtitleZh = text(fields, "subtitle_zh", start);
        Map<Language, Course.Wording> wordings = titleZh.isEmpty() && subtitleZh.isEmpty()
                && sessionTitlesZh.stream().allMatch(String::isEmpty) ? Map.of()
                : Map.of(Language.ZH, new Course.Wording(titleZh, subtitleZh, sessionTitlesZh));
        return new Course(id, title == null ? "" : title, text(fields, "subtitle", start), text(fields, "institution", start),
                text(fields, "term", start), text(fields, "lecturer", start),
                languages.isEmpty() ? language : languages.get(0).code(), stamp, sessions, dirs, start, languages, wordings);
    }

    /**
     * {@code languages: [en, zh]}: the languages the site is built in, each a language Parkbench has
     * messages for, each once; not together with {@code language}, which names one.
     */
    private List<Language> languages(Map<String, Node> fields, String language, Origin start) {
        List<YamlFields.Located> tags = yaml.texts(fields, "languages", "language codes", false, start);
        if (tags == null || tags.isEmpty()) {
            return List.of();
        }
        if (!language.isEmpty()) {
            problems.report(yaml.at(fields.get("language")), DiagnosticCode.PB402, "give either 'language' or 'languages', not both",
                    "languages: [en, zh] builds the site in both; language: zh builds it in Chinese only");
        }
        List<Language> result = new ArrayList<>();
        for (YamlFields.Located tag : tags) {
            Optional<Language> found = Language.parse(tag.value());
            if (found.isEmpty()) {
                problems.report(tag.origin(), DiagnosticCode.PB207, "unknown language '" + tag.value() + "'",
                        "the languages are: " + Language.codes());
            } else if (result.contains(found.get())) {
                problems.report(tag.origin(), DiagnosticCode.PB301, "language '" + tag.value() + "' is listed twice", "list each once");
            } else {
                result.add(found.get());
            }
        }
        return result;
    }

    private Course.Session session(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            problems.report(yaml.at(node), DiagnosticCode.PB402, "a session must have 'title' and 'cases', not be "
                    + YamlFields.shape(node), "- title: \"Week 1\"\n    cases: [overview]");
            return null;
        }
        Origin start = yaml.at(node);
        Map<String, Node> fields = yaml.fields(mapping, SESSION_FIELDS, "session");
        String title = yaml.text(fields, "title", true, start);
        sessionTitlesZh.add(text(fields, "title_zh", start));
        List<Course.CaseRef> cases = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<YamlFields.Located> ids = yaml.texts(fields, "cases", "case ids", true, start);
        for (YamlFields.Located c : ids == null ? List.<YamlFields.Located>of() : ids) {
            if (!Slug.isValid(c.value())) {
                problems.report(c.origin(), DiagnosticCode.PB306, "case id '" + c.value() + "' is not a slug",
                        "case ids are lower-case letters, digits and single hyphens");
            } else if (!seen.add(c.value())) {
                problems.report(c.origin(), DiagnosticCode.PB301, "case '" + c.value() + "' is named twice in this session", "");
            } else {
                cases.add(new Course.CaseRef(c.value(), c.origin()));
            }
        }
        List<Course.Reading> readings = new ArrayList<>();
        List<Node> readingNodes = yaml.list(fields, "readings", "readings", false, start);
        for (Node r : readingNodes == null ? List.<Node>of() : readingNodes) {
            Course.Reading reading = reading(r);
            if (reading != null) {
                readings.add(reading);
            }
        }
        return new Course.Session(title == null ? "" : title, text(fields, "when", start), cases, readings,
                text(fields, "teaching_notes", start), start);
    }

    /** A reading: a text, or {text, url}. */
    private Course.Reading reading(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            String text = yaml.scalar(node, "reading");
            return text == null ? null : new Course.Reading(text, "");
        }
        Origin start = yaml.at(node);
        Map<String, Node> fields = yaml.fields(mapping, READING_FIELDS, "reading");
        String text = yaml.text(fields, "text", true, start);
        String url = text(fields, "url", start);
        if (!url.isEmpty() && !url.matches("https?://\\S+")) {
            problems.report(yaml.at(fields.get("url")), DiagnosticCode.PB207, "a reading's url must start with http:// or https://", "");
        }
        return new Course.Reading(text == null ? "" : text, url);
    }

    /** An optional text; "" when absent. */
    private String text(Map<String, Node> fields, String field, Origin owner) {
        String text = yaml.text(fields, field, false, owner);
        return text == null ? "" : text;
    }

    private InvalidCourseException fail(Origin where, DiagnosticCode code, String message, String hint) {
        problems.report(where, code, message, hint);
        return new InvalidCourseException(problems.sorted());
    }
}
