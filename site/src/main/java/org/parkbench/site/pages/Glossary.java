package org.parkbench.site.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parkbench.core.language.Language;
import org.parkbench.core.load.InputLimits;
import org.parkbench.core.load.YamlFields;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Origin;
import org.parkbench.core.model.Vocabulary;
import org.parkbench.core.validate.Diagnostic;
import org.parkbench.core.validate.DiagnosticCode;
import org.parkbench.core.validate.Diagnostics;
import org.parkbench.site.output.SitePaths;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The glossary: terms of the field in English, Chinese characters and Hanyu Pinyin with tone marks,
 * from the site's own {@code glossary.yml}. The three models take their English and Chinese names
 * from {@link DevelopmentModel} (the YAML gives only their pinyin), so the two never drift apart.
 * A term's {@code definition_zh} is its definition in Chinese, for the Chinese pages.
 */
public final class Glossary {
    static final String RESOURCE = "parkbench/site/content/glossary.yml";
    private static final List<String> FIELDS = List.of("en", "zh", "pinyin", "definition", "definition_zh", "model");

    /**
     * One term. {@code anchor} is its id on the glossary page; {@code chineseDefinition} is the
     * definition in Chinese, empty where the glossary gives none (a model's entry without its own
     * definition).
     */
    public record Term(String anchor, String english, String chinese, String pinyin, String definition, String seeHref,
            String chineseDefinition, DevelopmentModel model) {
        public Term(String anchor, String english, String chinese, String pinyin, String definition, String seeHref,
                    String chineseDefinition) {
            this(anchor, english, chinese, pinyin, definition, seeHref, chineseDefinition, null);
        }

        /**
         * The term as a page in the site's language shows it: the definition in Chinese on a Chinese
         * page (a model's from the site's words for the model, the others from {@code definition_zh}).
         */
        Term in(Site site) {
            String shown = !chineseDefinition.isEmpty() ? chineseDefinition
                    : model == null ? definition : site.text.text("model-text." + model.word() + ".definition");
            return new Term(anchor, english, chinese, pinyin, shown, seeHref, chineseDefinition, model);
        }

    }

    private final List<Term> terms;

    private Glossary(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    public List<Term> terms() {
        return terms;
    }

    /** Reads the shipped glossary. */
    public static Glossary load() {
        byte[] bytes;
        try (InputStream in = Glossary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            bytes = in.readNBytes((int) InputLimits.TEXT_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > InputLimits.TEXT_FILE_BYTES) {
            throw new IllegalStateException(RESOURCE + " is larger than a YAML file may be");
        }
        return read(new String(bytes, StandardCharsets.UTF_8), RESOURCE);
    }

    /**
     * The glossary in {@code yaml}, read by core's {@link YamlFields} as every YAML text is (only
     * composed, within the same limits on size, aliases and characters).
     *
     * @throws IllegalStateException naming every problem at its line and column: the glossary ships
     *                               with the site, so a problem in it is the project's to fix
     */
    static Glossary read(String yaml, String file) {
        Diagnostics problems = new Diagnostics();
        YamlFields reader = new YamlFields(file, 1, problems);
        List<Term> terms = new ArrayList<>();
        for (Node item : reader.items(yaml, "the glossary").orElse(List.of())) {
            MappingNode entry = reader.mapping(item, "a glossary term", "en: …, zh: …, pinyin: …, definition: …, definition_zh: …");
            if (entry != null) {
                term(reader, entry).ifPresent(terms::add);
            }
        }
        if (problems.hasErrors()) {
            throw new IllegalStateException("the glossary cannot be read:" + System.lineSeparator() + problems.sorted().stream()
                    .map(Diagnostic::format).collect(Collectors.joining(System.lineSeparator())));
        }
        terms.sort(Comparator.comparing((Term t) -> t.english().toLowerCase(Locale.ROOT)));
        return new Glossary(terms);
    }

    private static Optional<Term> term(YamlFields reader, MappingNode entry) {
        Origin at = reader.at(entry);
        Map<String, Node> fields = reader.fields(entry, FIELDS, "glossary term");
        String modelWord = text(reader, fields, "model", at);
        String english = text(reader, fields, "en", at);
        String chinese = text(reader, fields, "zh", at);
        String definition = text(reader, fields, "definition", at);
        String chineseDefinition = text(reader, fields, "definition_zh", at);
        String see = "";
        if (!modelWord.isEmpty()) {
            Optional<DevelopmentModel> model = Vocabulary.lookup(DevelopmentModel.class, modelWord);
            if (model.isEmpty()) {
                reader.diagnostics().report(reader.at(fields.get("model")), DiagnosticCode.PB207,
                        "the glossary names unknown model " + modelWord, "");
                return Optional.empty();
            }
            DevelopmentModel m = model.get();
            english = m.label() + " model";
            chinese = m.chineseName();
            definition = definition.isEmpty() ? m.definition() : definition;
            see = SitePaths.model(m);
        }
        String anchor = "term-" + english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return Optional.of(new Term(anchor, english, chinese, text(reader, fields, "pinyin", at), definition, see,
                chineseDefinition, modelWord.isEmpty() ? null : Vocabulary.lookup(DevelopmentModel.class, modelWord).orElse(null)));
    }

    private static String text(YamlFields reader, Map<String, Node> fields, String field, Origin at) {
        String text = reader.text(fields, field, false, at);
        return text == null ? "" : text;
    }

    void write(Site site) {
        Map<String, Object> m = new HashMap<>();
        // a Chinese reader reads the definition in Chinese: the term's own, or the model page's words
        List<Term> shown = site.language() == Language.EN ? terms : terms.stream().map(t -> t.in(site)).toList();
        m.put("terms", shown);
        site.page(SitePaths.GLOSSARY, "glossary", site.text.text("nav.glossary"), "glossary",
                site.text.text("glossary.description"), m, true);
        for (Term t : shown) {
            // pinyin is also indexed with its syllables joined, so "yidaiyilu" finds Yīdài Yīlù as "yidai yilu" does
            String joined = t.pinyin().replaceAll("[\\s'’-]+", "");
            site.search.addText(SitePaths.GLOSSARY + "#" + t.anchor(), t.english() + " · " + t.chinese() + " · " + t.pinyin(),
                    site.sectionLabel("glossary"), site.language(), t.definition() + " " + t.english() + " " + t.chinese() + " " + t.pinyin() + " " + joined);
        }
    }
}
