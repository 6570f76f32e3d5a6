package org.parkbench.app.scaffold;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import org.parkbench.core.model.DevelopmentModel;
import org.parkbench.core.model.Slug;
import org.parkbench.core.model.Vocabulary;

/**
 * What a contributor asks {@code new-case} for, checked: the case id (a slug), its declared
 * development model, and optionally its title and host country. The names derived from the id —
 * module artifact, Java package and class, the suggested park id — are fixed here so that the
 * scaffold and its tests agree on them.
 */
public record NewCase(String id, DevelopmentModel model, Optional<String> title, Optional<String> country) {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public NewCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(country, "country");
    }

    /**
     * Checks the words a contributor typed.
     *
     * @throws ScaffoldRefusedException with a message that says what is wrong and how to write it
     */
    public static NewCase of(String id, String model, String title, String country) throws ScaffoldRefusedException {
        if (id == null || !Slug.isValid(id)) {
            throw new ScaffoldRefusedException("'" + id + "' is not a valid case id: use lower-case letters a-z, digits and"
                    + " single hyphens, at most 64 characters, e.g. " + suggestion(id));
        }
        Optional<DevelopmentModel> found = model == null ? Optional.empty()
                : Vocabulary.lookup(DevelopmentModel.class, model.strip());
        if (found.isEmpty()) {
            throw new ScaffoldRefusedException("unknown development model '" + model + "': use one of "
                    + String.join(", ", Vocabulary.words(DevelopmentModel.class)));
        }
        Optional<String> cleanTitle = Optional.ofNullable(title).map(String::strip).filter(t -> !t.isEmpty());
        if (cleanTitle.isPresent() && cleanTitle.get().chars().anyMatch(c -> c == '\n' || c == '\r')) {
            throw new ScaffoldRefusedException("the title must be one line");
        }
        Optional<String> code = Optional.ofNullable(country).map(c -> c.strip().toUpperCase(Locale.ROOT)).filter(c -> !c.isEmpty());
        if (code.isPresent() && !COUNTRIES.contains(code.get())) {
            throw new ScaffoldRefusedException("unknown country code '" + country + "': use the ISO 3166-1 alpha-2 code of"
                    + " the host country, e.g. BY for Belarus, UZ for Uzbekistan, ET for Ethiopia");
        }
        return new NewCase(id, found.get(), cleanTitle, code);
    }

    private static String suggestion(String id) {
        if (id == null) {
            return "great-stone";
        }
        String slug = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 64) {
            slug = slug.substring(0, 64).replaceAll("-+$", "");
        }
        return Slug.isValid(slug) ? slug : "great-stone";
    }

    /** The module's Maven artifact: {@code parkbench-case-<id>}. */
    public String artifactId() {
        return "parkbench-case-" + id;
    }

    /** The Java package of the module's class: {@code org.parkbench.cases.<id without hyphens>}. */
    public String packageName() {
        String segment = id.replace("-", "");
        if (!SourceVersion.isIdentifier(segment) || SourceVersion.isKeyword(segment)) {
            segment = "case" + segment;
        }
        return "org.parkbench.cases." + segment;
    }

    /**
     * The module's class: the id in CamelCase followed by {@code Case} ({@code great-stone} →
     * {@code GreatStoneCase}); an id that starts with a digit is prefixed instead ({@code 2019-zone} → {@code Case2019Zone}).
     */
    public String className() {
        String camel = Arrays.stream(id.split("-")).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining());
        return Character.isDigit(camel.charAt(0)) ? "Case" + camel : camel + "Case";
    }

    /** The park id the scaffold's examples suggest: the case id, with {@code -park} unless it already names a park or zone. */
    public String suggestedParkId() {
        boolean named = id.endsWith("park") || id.endsWith("zone") || id.endsWith("sez");
        return named || id.length() > 59 ? id : id + "-park";
    }
}
