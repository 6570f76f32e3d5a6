package org.parkbench.site.course;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parkbench.core.model.CaseStudy;
import org.parkbench.core.model.Casebook;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.Slug;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Severity;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a course file: a small YAML document a lecturer writes (see {@code docs/course-file.md}).
 * The YAML is only composed into a node tree, never constructed into objects, so no tag in the
 * file can instantiate anything; every node keeps its line and column, and every problem is
 * reported at once as a diagnostic with {@code file:line:column}.
 */
public final class CourseLoader {
    /** The id of the shipped default course (in answer files, variants and stored progress). */
    public static final String DEFAULT_ID = "belt-and-road-parks";
    static final String DEFAULT_TITLE = "China's Overseas Industrial Parks along the Belt and Road";
    static final String DEFAULT_SUBTITLE = "How parks abroad are developed: three models and the cases that show them";
    private static final Set<String> COURSE_FIELDS = Set.of("id", "title", "subtitle", "institution", "term", "lecturer",
            "language", "build_date", "case_directories", "sessions");
    private static final Set<String> SESSION_FIELDS = Set.of("title", "when", "cases", "readings", "teaching_notes");
    private static final Set<String> READING_FIELDS = Set.of("text", "url");

    private final List<Diagnostic> problems = new ArrayList<>();
    private final String file;

    private CourseLoader(String file) {
        this.file = file;
    }

    /**
     * Loads and checks a course file. Case ids are checked to be slugs here; whether they exist is
     * checked against the loaded cases with {@link Course#checkCases}.
     *
     * @throws InvalidCourseException with every problem found
     */
    public static Course load(Path path) throws InvalidCourseException {
        CourseLoader loader = new CourseLoader(path.toString());
        Node root;
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            options.setCodePointLimit(1_000_000);
            root = new Yaml(new SafeConstructor(options)).compose(reader);
        } catch (NoSuchFileException e) {
            throw loader.fail(new Origin(path.toString(), 0, 0), DiagnosticCode.PB100, "course file not found",
                    "check the path given to --course");
        } catch (CharacterCodingException e) {
            throw loader.fail(new Origin(path.toString(), 0, 0), DiagnosticCode.PB401, "the course file is not UTF-8 text",
                    "save it as UTF-8");
        } catch (IOException e) {
            throw loader.fail(new Origin(path.toString(), 0, 0), DiagnosticCode.PB100,
                    "course file cannot be read: " + e.getMessage(), "");
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw loader.fail(loader.at(mark), DiagnosticCode.PB401, "not valid YAML: " + e.getProblem(),
                    "check indentation and quoting near this position");
        } catch (YAMLException e) {
            throw loader.fail(new Origin(path.toString(), 0, 0), DiagnosticCode.PB401, "not valid YAML: " + e.getMessage(), "");
        }
        if (!(root instanceof MappingNode mapping)) {
            throw loader.fail(root == null ? new Origin(path.toString(), 1, 1) : loader.at(root.getStartMark()),
                    DiagnosticCode.PB402, "a course file is a mapping with at least 'title' and 'sessions'",
                    "start from docs/course-file.md");
        }
        Course course = loader.course(mapping, path.toAbsolutePath().getParent());
        if (!loader.problems.isEmpty()) {
            throw new InvalidCourseException(loader.problems);
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
        return new Course(DEFAULT_ID, DEFAULT_TITLE, DEFAULT_SUBTITLE, "", "", "", "en", false, sessions, List.of(), origin);
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
        if (!general.isEmpty()) {
            sessions.add(session("The big picture", general, origin));
        }
        for (DevelopmentModel model : DevelopmentModel.values()) {
            List<CaseStudy> cases = casebook.cases().stream().filter(c -> c.meta().declaredModel() == model)
                    .sorted(Comparator.comparing(CaseStudy::id)).toList();
            if (!cases.isEmpty()) {
                sessions.add(session(model.label() + " parks", cases, origin));
            }
        }
        return new Course(DEFAULT_ID, DEFAULT_TITLE, DEFAULT_SUBTITLE, "", "", "", "en", false, sessions, List.of(), origin);
    }

    private static Course.Session session(String title, List<CaseStudy> cases, Origin origin) {
        return new Course.Session(title, "", cases.stream().map(c -> new Course.CaseRef(c.id(), origin)).toList(),
                List.of(), "", origin);
    }

    private Course course(MappingNode node, Path base) {
        Map<String, Node> fields = fields(node, COURSE_FIELDS, "course");
        String title = text(fields, "title", node, true);
        List<Path> dirs = new ArrayList<>();
        for (Node n : list(fields, "case_directories")) {
            String d = scalar(n, "case directory");
            if (d != null) {
                try {
                    dirs.add(base.resolve(d).normalize());
                } catch (InvalidPathException e) {
                    report(at(n.getStartMark()), DiagnosticCode.PB402, "'" + d + "' is not a usable path", "");
                }
            }
        }
        List<Course.Session> sessions = new ArrayList<>();
        Node sessionsNode = fields.get("sessions");
        if (sessionsNode == null) {
            report(at(node.getStartMark()), DiagnosticCode.PB402, "the course has no 'sessions'",
                    "add a list of sessions, each with a title and the cases it covers");
        } else if (!(sessionsNode instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            report(at(sessionsNode.getStartMark()), DiagnosticCode.PB402, "'sessions' must be a non-empty list", "");
        } else {
            for (Node s : seq.getValue()) {
                Course.Session session = session(s);
                if (session != null) {
                    sessions.add(session);
                }
            }
        }
        boolean stamp = bool(fields, "build_date");
        String id = text(fields, "id", node, false);
        if (id.isEmpty()) {
            id = Course.idFromTitle(title);
        } else if (!Slug.isValid(id)) {
            report(at(fields.get("id").getStartMark()), DiagnosticCode.PB306, "course id '" + id + "' is not a slug",
                    "lower-case letters, digits and single hyphens, at most 64 characters, e.g. belt-and-road-parks-2027");
            id = Course.idFromTitle(title);
        }
        return new Course(id, title == null ? "" : title, text(fields, "subtitle", node, false), text(fields, "institution", node, false),
                text(fields, "term", node, false), text(fields, "lecturer", node, false), text(fields, "language", node, false),
                stamp, sessions, dirs, at(node.getStartMark()));
    }

    private Course.Session session(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            report(at(node.getStartMark()), DiagnosticCode.PB402, "a session is a mapping with 'title' and 'cases'", "");
            return null;
        }
        Map<String, Node> fields = fields(mapping, SESSION_FIELDS, "session");
        String title = text(fields, "title", node, true);
        List<Course.CaseRef> cases = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Node casesNode = fields.get("cases");
        if (casesNode == null) {
            report(at(node.getStartMark()), DiagnosticCode.PB402, "the session '" + title + "' names no cases",
                    "add 'cases: [case-id, …]'");
        }
        for (Node c : list(fields, "cases")) {
            String id = scalar(c, "case id");
            if (id == null) {
                continue;
            }
            Origin where = at(c.getStartMark());
            if (!Slug.isValid(id)) {
                report(where, DiagnosticCode.PB306, "case id '" + id + "' is not a slug",
                        "case ids are lower-case letters, digits and single hyphens");
            } else if (!seen.add(id)) {
                report(where, DiagnosticCode.PB301, "case '" + id + "' is named twice in this session", "");
            } else {
                cases.add(new Course.CaseRef(id, where));
            }
        }
        List<Course.Reading> readings = new ArrayList<>();
        for (Node r : list(fields, "readings")) {
            if (r instanceof MappingNode rm) {
                Map<String, Node> rf = fields(rm, READING_FIELDS, "reading");
                String text = text(rf, "text", r, true);
                String url = text(rf, "url", r, false);
                if (!url.isEmpty() && !url.matches("https?://\\S+")) {
                    report(at(rf.get("url").getStartMark()), DiagnosticCode.PB207, "a reading's url must start with http:// or https://", "");
                }
                readings.add(new Course.Reading(text == null ? "" : text, url));
            } else {
                String text = scalar(r, "reading");
                if (text != null) {
                    readings.add(new Course.Reading(text, ""));
                }
            }
        }
        return new Course.Session(title == null ? "" : title, text(fields, "when", node, false), cases, readings,
                text(fields, "teaching_notes", node, false), at(node.getStartMark()));
    }

    private Map<String, Node> fields(MappingNode node, Set<String> known, String what) {
        Map<String, Node> out = new java.util.LinkedHashMap<>();
        for (NodeTuple t : node.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : null;
            Origin where = at(t.getKeyNode().getStartMark());
            if (key == null || !known.contains(key)) {
                problems.add(new Diagnostic(where, Severity.ERROR, DiagnosticCode.PB403,
                        "unknown " + what + " field '" + key + "'",
                        "known fields: " + String.join(", ", new LinkedHashSet<>(known.stream().sorted().toList()))));
            } else if (out.put(key, t.getValueNode()) != null) {
                report(where, DiagnosticCode.PB301, "field '" + key + "' is given twice", "");
            }
        }
        return out;
    }

    private String text(Map<String, Node> fields, String key, Node owner, boolean required) {
        Node n = fields.get(key);
        if (n == null) {
            if (required) {
                report(at(owner.getStartMark()), DiagnosticCode.PB402, "'" + key + "' is missing", "");
                return null;
            }
            return "";
        }
        String s = scalar(n, "'" + key + "'");
        if (required && s != null && s.isBlank()) {
            report(at(n.getStartMark()), DiagnosticCode.PB208, "'" + key + "' is empty", "");
        }
        return s == null ? "" : s.strip();
    }

    private boolean bool(Map<String, Node> fields, String key) {
        Node n = fields.get(key);
        if (n == null) {
            return false;
        }
        String s = scalar(n, "'" + key + "'");
        if ("true".equals(s) || "yes".equals(s)) {
            return true;
        }
        if (s != null && !"false".equals(s) && !"no".equals(s)) {
            report(at(n.getStartMark()), DiagnosticCode.PB207, "'" + key + "' must be true or false", "");
        }
        return false;
    }

    private List<Node> list(Map<String, Node> fields, String key) {
        Node n = fields.get(key);
        if (n == null) {
            return List.of();
        }
        if (n instanceof SequenceNode seq) {
            return seq.getValue();
        }
        report(at(n.getStartMark()), DiagnosticCode.PB402, "'" + key + "' must be a list", "write it as [a, b] or as lines starting with '- '");
        return List.of();
    }

    private String scalar(Node n, String what) {
        if (n instanceof ScalarNode s) {
            return s.getValue();
        }
        report(at(n.getStartMark()), DiagnosticCode.PB402, what + " must be a single value, not a list or mapping", "");
        return null;
    }

    private Origin at(Mark mark) {
        return mark == null ? new Origin(file, 0, 0) : new Origin(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private void report(Origin where, DiagnosticCode code, String message, String hint) {
        problems.add(Diagnostic.of(where, code, message, hint));
    }

    private InvalidCourseException fail(Origin where, DiagnosticCode code, String message, String hint) {
        report(where, code, message, hint);
        return new InvalidCourseException(problems);
    }
}
