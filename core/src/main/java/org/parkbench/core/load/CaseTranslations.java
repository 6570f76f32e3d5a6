package org.parkbench.core.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parkbench.core.language.Language;
import org.parkbench.core.model.CaseText;
import org.parkbench.core.model.Citation;
import org.parkbench.core.model.Objective;
import org.parkbench.core.model.Observation;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.Source;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a case's translations, {@code case.<code>.md} beside {@code case.md} (docs/translating.md):
 * a front matter of only {@code title}, {@code subtitle}, {@code objectives} ({@code id} and
 * {@code text}, the same ids as case.md) and {@code discussion} (as many questions), and a
 * narrative citing exactly the facts and sources case.md cites. Whatever breaks that is PB701 at its
 * line and column, so a translation can never carry a fact the original does not.
 */
final class CaseTranslations {
    static final List<String> FIELDS = List.of("title", "subtitle", "objectives", "discussion");
    private static final List<String> OBJECTIVE_FIELDS = List.of("id", "text");
    private static final String CONTRACT = "see docs/translating.md";

    private CaseTranslations() {
    }

    /** The file name of a case's translation into {@code language}: {@code case.zh.md}. */
    static String fileName(Language language) {
        return "case." + language.code() + ".md";
    }

    /** Every translation the case directory holds, checked against what case.md says. */
    static Map<Language, CaseText> read(CaseInput input, FrontMatter english, List<Citation> englishCitations,
                                        List<Observation> observations, Map<String, Source> sources, Diagnostics d) {
        Map<Language, CaseText> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            if (language == Language.EN) {
                continue;
            }
            String name = fileName(language);
            Path path = input.directory().resolve(name);
            if (!TextFile.present(path)) {
                continue;
            }
            String file = input.displayFile(name);
            TextFile.read(path, file, d)
                    .flatMap(text -> new CaseTranslations.Reader(file, name, language, english, englishCitations, d).read(text))
                    .ifPresent(t -> texts.put(language, new CaseText(language, t.title, t.subtitle, t.objectives, t.discussion,
                            t.narrative, Citations.resolve(t.citations, observations, sources))));
        }
        return texts;
    }

    /**
     * A translation cites what its original cites: each citation as often, none other (compared as
     * written inside the braces, spaces aside). What breaks that is PB701, at the citation that is
     * not in the original, and at {@code start} for those left out.
     *
     * @param inOriginal how a message names the original's text: "case.md's narrative"
     * @param leftOut    how it says the translation leaves some out: "the zh narrative leaves out citations of case.md"
     */
    static void sameCitations(List<Citation> original, List<Citation> translated, String inOriginal, String leftOut,
                              Origin start, Diagnostics d) {
        Map<String, Integer> left = new LinkedHashMap<>();
        original.forEach(c -> left.merge(normal(c), 1, Integer::sum));
        for (Citation c : translated) {
            Integer n = left.get(normal(c));
            if (n == null) {
                d.report(c.origin(), DiagnosticCode.PB701, "citation " + c.text() + " is not in " + inOriginal,
                        "a translation cites the facts and sources the original cites, no others; " + CONTRACT);
            } else if (n == 1) {
                left.remove(normal(c));
            } else {
                left.put(normal(c), n - 1);
            }
        }
        if (!left.isEmpty()) {
            Set<String> missing = new LinkedHashSet<>(left.keySet());
            d.report(start, DiagnosticCode.PB701, leftOut + ": " + String.join(" ", missing),
                    "cite each where the sentence that uses it is; " + CONTRACT);
        }
    }

    private static String normal(Citation c) {
        return c.text().replace(" ", "");
    }

    private record Read(String title, String subtitle, List<Objective> objectives, List<String> discussion,
                        String narrative, List<Citation> citations) {
    }

    private static final class Reader {
        private final String file;
        private final String name;
        private final Language language;
        private final FrontMatter english;
        private final List<Citation> englishCitations;
        private final Diagnostics d;

        Reader(String file, String name, Language language, FrontMatter english, List<Citation> englishCitations, Diagnostics d) {
            this.file = file;
            this.name = name;
            this.language = language;
            this.english = english;
            this.englishCitations = englishCitations;
            this.d = d;
        }

        Optional<Read> read(String text) {
            int before = d.errorCount();
            Origin start = new Origin(file, 1, 1);
            Optional<FrontMatterReader.Sections> sections = FrontMatterReader.sections(text, file, name, d);
            if (sections.isEmpty() || sections.get().yaml() == null) {
                return Optional.empty();
            }
            FrontMatterReader.Sections s = sections.get();
            YamlFields yaml = new YamlFields(file, 2, d);
            Optional<MappingNode> mapping = yaml.document(s.yaml(), "the front matter", "");
            if (mapping.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Node> fields = yaml.fields(mapping.get(), FIELDS, "translated case");
            String title = yaml.text(fields, "title", true, start);
            String subtitle = yaml.text(fields, "subtitle", english.subtitle() != null && !english.subtitle().isEmpty(), start);
            List<Objective> objectives = objectives(yaml, fields, start);
            List<YamlFields.Located> discussion = yaml.texts(fields, "discussion", "questions",
                    english.discussion() != null && !english.discussion().isEmpty(), start);
            if (discussion != null && english.discussion() != null && discussion.size() != english.discussion().size()) {
                d.report(fields.containsKey("discussion") ? yaml.at(fields.get("discussion")) : start, DiagnosticCode.PB701,
                        "case.md has " + english.discussion().size() + " discussion questions, " + name + " has " + discussion.size(),
                        "translate each question of case.md once, in the same order; " + CONTRACT);
            }
            List<Citation> citations = Citations.parse(s.narrative(), file, s.narrativeLine(), d);
            sameCitations(englishCitations, citations, "case.md's narrative",
                    "the " + language.code() + " narrative leaves out citations of case.md", start, d);
            if (d.errorCount() > before || title == null) {
                return Optional.empty();
            }
            return Optional.of(new Read(title, subtitle, objectives == null ? List.of() : objectives,
                    discussion == null ? List.of() : discussion.stream().map(YamlFields.Located::value).toList(),
                    s.narrative(), citations));
        }

        /** The objectives' texts, by the ids of case.md: every id once, no other. */
        private List<Objective> objectives(YamlFields yaml, Map<String, Node> fields, Origin start) {
            List<Objective> wanted = english.objectives() == null ? List.of() : english.objectives();
            List<Node> items = yaml.list(fields, "objectives", "{id, text}", !wanted.isEmpty(), start);
            if (items == null) {
                return null;
            }
            Map<String, String> byId = new HashMap<>();
            for (Node item : items) {
                MappingNode m = yaml.mapping(item, "objectives", "- id: " + (wanted.isEmpty() ? "objective-id" : wanted.get(0).id())
                        + "\n    text: \"…\"");
                if (m == null) {
                    continue;
                }
                Map<String, Node> f = yaml.fields(m, OBJECTIVE_FIELDS, "objective");
                Origin at = yaml.at(item);
                String id = yaml.text(f, "id", true, at);
                String text = yaml.text(f, "text", true, at);
                if (id == null || text == null) {
                    continue;
                }
                if (wanted.stream().noneMatch(o -> o.id().equals(id))) {
                    d.report(yaml.at(f.get("id")), DiagnosticCode.PB701, "objective '" + id + "' is not an objective of case.md"
                                    + WordSuggestion.didYouMean(id, wanted.stream().map(Objective::id).toList()),
                            "use the ids of case.md: " + wanted.stream().map(Objective::id).collect(Collectors.joining(", ")));
                } else if (byId.putIfAbsent(id, text) != null) {
                    d.report(yaml.at(f.get("id")), DiagnosticCode.PB301, "objective '" + id + "' is translated twice", "keep one");
                }
            }
            List<String> missing = wanted.stream().map(Objective::id).filter(id -> !byId.containsKey(id)).toList();
            if (!missing.isEmpty()) {
                d.report(yaml.at(fields.get("objectives")), DiagnosticCode.PB701, "objectives of case.md not translated: "
                        + String.join(", ", missing), "add - id: … text: … for each; " + CONTRACT);
            }
            List<Objective> result = new ArrayList<>();
            wanted.forEach(o -> Optional.ofNullable(byId.get(o.id())).ifPresent(t -> result.add(new Objective(o.id(), t))));
            return result;
        }
    }
}
