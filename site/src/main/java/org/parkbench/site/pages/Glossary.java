package org.parkbench.site.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Vocabulary;
import org.parkbench.site.output.SitePaths;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The glossary: terms of the field in English, Chinese characters and Hanyu Pinyin with tone marks,
 * from the site's own {@code glossary.yml}. The three models take their English and Chinese names
 * from {@link DevelopmentModel} (the YAML gives only their pinyin), so the two never drift apart.
 */
public final class Glossary {
    static final String RESOURCE = "parkbench/site/content/glossary.yml";

    /** One term. {@code anchor} is its id on the glossary page. */
    public record Term(String anchor, String english, String chinese, String pinyin, String definition, String seeHref) {
    }

    private final List<Term> terms;

    private Glossary(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    public List<Term> terms() {
        return terms;
    }

    /** Reads the shipped glossary. */
    @SuppressWarnings("unchecked")
    public static Glossary load() {
        try (InputStream in = Glossary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            List<Map<String, Object>> raw = (List<Map<String, Object>>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Term> terms = new ArrayList<>();
            for (Map<String, Object> t : raw) {
                String modelWord = str(t.get("model"));
                String english = str(t.get("en"));
                String chinese = str(t.get("zh"));
                String definition = str(t.get("definition"));
                String see = "";
                if (!modelWord.isEmpty()) {
                    DevelopmentModel m = Vocabulary.lookup(DevelopmentModel.class, modelWord)
                            .orElseThrow(() -> new IllegalStateException("glossary names unknown model " + modelWord));
                    english = m.label() + " model";
                    chinese = m.chineseName();
                    definition = definition.isEmpty() ? m.definition() : definition;
                    see = SitePaths.model(m);
                }
                String anchor = "term-" + english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
                terms.add(new Term(anchor, english, chinese, str(t.get("pinyin")), definition, see));
            }
            terms.sort(Comparator.comparing((Term t) -> t.english().toLowerCase(Locale.ROOT)));
            return new Glossary(terms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString().strip();
    }

    void write(Site site) {
        Map<String, Object> m = new HashMap<>();
        m.put("terms", terms);
        site.page(SitePaths.GLOSSARY, "glossary", "Glossary", "glossary",
                "Terms of the course in English, Chinese and pinyin.", m, true);
    }
}
